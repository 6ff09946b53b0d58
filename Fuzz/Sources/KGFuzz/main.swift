// libFuzzer entry point: one input is one article, run through loading, extraction and
// every writer, with the invariants of `Invariants.swift` checked on each output.
//
// Built by `make fuzz` with `-sanitize=fuzzer,address -parse-as-library`. SwiftPM links
// an executable target's `main` to `<Target>_main`, so `KGFuzz_main` starts libFuzzer's
// driver; were it not so linked, libFuzzer's own `main` would run, calling
// `LLVMFuzzerTestOneInput` all the same. The first byte of an input picks how the rest is read: plain text,
// Markdown or HTML (its value modulo 3).
import CFuzzerDriver
import Foundation
import Graph

@_cdecl("KGFuzz_main")
public func kgFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return kg_fuzzer_run(&argc, &argv) { data, size in
        guard let data, size > 0 else { return 0 }
        return fuzzOneInput(UnsafeRawPointer(data), size)
    }
}

/// The reports of a graph with no facts, to compare the markup of others against.
nonisolated(unsafe) private var emptyReportScripts: Int?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = Data(bytes: start, count: count)
    let kinds: [SourceKind] = [.plain, .markdown, .html]
    let kind = kinds[Int(bytes[bytes.startIndex]) % kinds.count]
    let article = bytes.dropFirst()
    let name = ["fuzz.txt", "fuzz.md", "fuzz.html"][kinds.firstIndex(of: kind)!]
    let source: SourceDocument
    do {
        source = try DocumentLoader().document(from: Data(article), path: name, kind: kind)
    } catch {
        return 0 // binary, empty: refused, as it should be
    }
    let extraction: DocumentExtraction
    do {
        extraction = try Extractor().extract(source)
    } catch is LoadProblem {
        return 0 // a web page with no article text
    } catch {
        Invariants.fail("extract threw \(error)")
    }
    Invariants.checkExtraction(extraction, text: source.text)
    var graph = KnowledgeGraph()
    graph.merge(extraction)
    Invariants.checkGraph(graph)
    Invariants.checkWriters(graph)
    let scripts = Invariants.checkReport(graph)
    if emptyReportScripts == nil { emptyReportScripts = Invariants.checkReport(KnowledgeGraph()) }
    Invariants.require(scripts == emptyReportScripts, "the report has \(scripts) <script> tags, an empty one \(emptyReportScripts!)")
    return 0
}
