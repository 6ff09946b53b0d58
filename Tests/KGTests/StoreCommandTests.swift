import Foundation
import XCTest

/// End-to-end tests of the store through the built `kg`: growing builds, a build
/// killed mid-write, two builds at once, bad store files, and the query commands.
final class StoreCommandTests: XCTestCase {
    // Sentences written for these tests.
    static let articleA = "Week in brief\n\nRussia supports Syria in the talks.\nFrance backs Germany on the budget.\n"
    static let articleB = "Another week\n\nThe United States opposes Syria on the ceasefire.\n"
    static let articleC = "A third week\n\nGermany backs France at the summit.\n"

    // MARK: Running kg

    static func process(_ arguments: [String], env: [String: String], in folder: URL) -> Process {
        let process = Process()
        process.executableURL = KGRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in env { environment[key] = value }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// Runs kg to the end with extra environment variables.
    @discardableResult
    static func run(_ arguments: [String], env: [String: String] = [:], in folder: URL) throws -> KGRunner.Outcome {
        let process = process(arguments, env: env, in: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return KGRunner.Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts kg and returns once `marker` appears on its standard error (or it ends).
    static func start(_ arguments: [String], env: [String: String], in folder: URL, until marker: String) throws -> (Process, Bool) {
        let process = process(arguments, env: env, in: folder)
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let seen = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var found = false
        DispatchQueue.global().async {
            var text = ""
            while true {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
                if !found && text.contains(marker) {
                    found = true
                    seen.signal()
                }
            }
            if !found { seen.signal() }
        }
        _ = seen.wait(timeout: .now() + 120)
        return (process, found)
    }

    func folderWithArticles(_ names: [String: String]) throws -> URL {
        let folder = try KGRunner.temporaryFolder(self)
        for (name, text) in names { try KGRunner.write(text, to: "articles/\(name)", in: folder) }
        return folder
    }

    // MARK: Builds

    func testTheStoreGrowsBuildAfterBuild() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA])
        var outcome = try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("1 new, 0 changed, 0 unchanged documents"), outcome.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/kg.sqlite").path))

        outcome = try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertTrue(outcome.stdout.contains("0 new, 0 changed, 1 unchanged documents"), outcome.stdout)

        try KGRunner.write(Self.articleB, to: "articles/b.txt", in: folder)
        outcome = try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertTrue(outcome.stdout.contains("1 new, 0 changed, 1 unchanged documents"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains(": 2 documents"), outcome.stdout)

        // Only the new article named: the graph still holds both.
        try KGRunner.write(Self.articleA + "France backs Syria as well.\n", to: "articles/a.txt", in: folder)
        outcome = try Self.run(["build", "articles/a.txt", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertTrue(outcome.stdout.contains("0 new, 1 changed, 0 unchanged documents"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains(": 2 documents"), outcome.stdout)
    }

    func testABuildIntoItsOwnInputFolderDoesNotReadItsOutputs() throws {
        let folder = try folderWithArticles([:])
        try KGRunner.write(Self.articleA, to: "io/a.txt", in: folder)
        var outcome = try Self.run(["build", "io", "--out", "io"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("io/report.html").path))
        XCTAssertTrue(outcome.stdout.contains("1 new, 0 changed, 0 unchanged documents"), outcome.stdout)
        for _ in 0..<2 {
            outcome = try Self.run(["build", "io/", "--out", "io"], in: folder)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertTrue(outcome.stdout.contains("0 new, 0 changed, 1 unchanged documents"), outcome.stdout)
            XCTAssertTrue(outcome.stdout.contains(": 1 documents"), outcome.stdout)
        }
    }

    func testANewStoreWhereNothingCanBeWrittenSaysTheFolderIsNotWritable() throws {
        // /sys takes no new files, even from root.
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/sys/kernel"), "needs Linux's /sys")
        let folder = try folderWithArticles(["a.txt": Self.articleA])
        let store = "/sys/kg-test-\(UUID().uuidString).sqlite"
        let outcome = try Self.run(["build", "articles", "--out", "out", "--format", "dot", "--store", store], in: folder)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("\(store): a new store cannot be created there: the folder /sys is not writable"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("cannot be read"), outcome.stderr)
    }

    func testTheStoreOptionPicksTheFile() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA])
        let outcome = try Self.run(["build", "articles", "--out", "out", "--format", "dot", "--store", "elsewhere/my.sqlite"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("elsewhere/my.sqlite").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/kg.sqlite").path))
    }

    func testABuildKilledMidWriteLeavesTheStoreAsItWasAndTheNextBuildCompletes() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA])
        XCTAssertEqual(try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder).status, 0)
        let before = try Self.run(["export", "--store", "out/kg.sqlite", "--format", "nt"], in: folder)
        let actorsBefore = try Self.run(["actors", "--store", "out/kg.sqlite", "--json"], in: folder)
        try KGRunner.write(Self.articleB, to: "articles/b.txt", in: folder)
        try KGRunner.write(Self.articleC, to: "articles/c.txt", in: folder)

        let (build, paused) = try Self.start(["build", "articles", "--out", "out", "--format", "dot"],
                                             env: ["KG_TEST_INGEST_PAUSE_SECONDS": "120"], in: folder, until: "ingest paused")
        XCTAssertTrue(paused, "the build never reached its first write")
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationReason, .uncaughtSignal)

        let after = try Self.run(["export", "--store", "out/kg.sqlite", "--format", "nt"], in: folder)
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(after.stdout, before.stdout, "the killed build left something behind")
        XCTAssertEqual(try Self.run(["actors", "--store", "out/kg.sqlite", "--json"], in: folder).stdout, actorsBefore.stdout)

        let next = try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertTrue(next.stdout.contains("2 new, 0 changed, 1 unchanged documents"), next.stdout)
    }

    func testASecondBuildAtOnceSaysTheStoreIsBusy() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA, "b.txt": Self.articleB])
        let (first, paused) = try Self.start(["build", "articles/a.txt", "--out", "out", "--format", "dot"],
                                             env: ["KG_TEST_INGEST_PAUSE_SECONDS": "120"], in: folder, until: "ingest paused")
        XCTAssertTrue(paused)
        let second = try Self.run(["build", "articles/b.txt", "--out", "out", "--format", "dot"],
                                  env: ["KG_STORE_BUSY_TIMEOUT": "0.5"], in: folder)
        // Reading is never blocked by a writer: it sees the store as it was before the build.
        let reader = try Self.run(["query", "--store", "out/kg.sqlite", "--json"], env: ["KG_STORE_BUSY_TIMEOUT": "0.5"], in: folder)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("out/kg.sqlite: the store is busy"), second.stderr)
        XCTAssertEqual(reader.status, 0, reader.stderr)
        let facts = try JSONSerialization.jsonObject(with: Data(reader.stdout.utf8)) as? [Any]
        XCTAssertEqual(facts?.count, 0, "the paused build's facts are not visible before it commits")

        let third = try Self.run(["build", "articles", "--out", "out", "--format", "dot"], in: folder)
        XCTAssertEqual(third.status, 0, third.stderr)
        XCTAssertTrue(third.stdout.contains("2 new"), third.stdout)
    }

    /// Builds that create one new store at the same moment all succeed: creating and
    /// migrating the store is one locked step the others wait for, never "not a kg
    /// store" or an instant "busy". Several rounds, as the race is a matter of timing.
    func testBuildsCreatingOneNewStoreAtOnceAllSucceed() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA, "b.txt": Self.articleB, "c.txt": Self.articleC])
        for round in 1...4 {
            let store = "new-\(round)/kg.sqlite"
            let builds = try ["a", "b", "c"].map { name -> Process in
                let process = Process()
                process.executableURL = KGRunner.binary
                process.arguments = ["build", "articles/\(name).txt", "--out", "out-\(round)-\(name)", "--format", "dot", "--store", store, "--quiet"]
                process.currentDirectoryURL = folder
                process.standardOutput = FileHandle.nullDevice
                process.standardError = try FileHandle(forWritingTo: KGRunner.write("", to: "err-\(round)-\(name).txt", in: folder))
                return process
            }
            for build in builds { try build.run() }
            for build in builds { build.waitUntilExit() }
            for (build, name) in zip(builds, ["a", "b", "c"]) {
                let stderr = try String(contentsOf: folder.appendingPathComponent("err-\(round)-\(name).txt"), encoding: .utf8)
                XCTAssertEqual(build.terminationStatus, 0, "round \(round), build \(name): \(stderr)")
            }
            let documents = try Self.run(["query", "--store", store, "--json", "--evidence"], in: folder)
            XCTAssertEqual(documents.status, 0, documents.stderr)
            for name in ["a", "b", "c"] {
                XCTAssertTrue(documents.stdout.contains("\"document\" : \"\(name)\""), "round \(round): \(name) is missing from the store")
            }
        }
    }

    func testABadStoreFileIsRefusedAndLeftUntouched() throws {
        let folder = try folderWithArticles(["a.txt": Self.articleA])
        let bytes = Data("my shopping list: bread, milk\n".utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try bytes.write(to: folder.appendingPathComponent("out/kg.sqlite"))
        for arguments in [["build", "articles", "--out", "out"], ["query", "--store", "out/kg.sqlite"]] {
            let outcome = try Self.run(arguments, in: folder)
            XCTAssertEqual(outcome.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(outcome.stderr.contains("out/kg.sqlite: is not an SQLite database"), outcome.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("out/kg.sqlite")), bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/graph.svg").path))
    }

    // MARK: Query, actors, export, push

    /// A store made with `kg import` from extractions written here, so the checks do not depend on the extractor.
    func importedStore() throws -> URL {
        let folder = try KGRunner.temporaryFolder(self)
        let first = """
            {"document": {"id": "d1", "title": "First brief", "date": "2019-02-03", "content_hash": "h1"},
             "entities": [{"id": "russia", "label": "Russia", "type": "Country", "wikidata": "Q159", "aliases": ["Moscow"]},
                          {"id": "syria", "label": "Syria", "type": "Country"},
                          {"id": "islamic-state", "label": "Islamic State", "type": "Group", "aliases": ["Daesh"]}],
             "triples": [
               {"subject": "russia", "predicate": "supports", "object": "syria", "negated": false, "modality": "asserted",
                "evidence": [{"sentence": 1, "start": 0, "end": 20, "text": "Moscow stands by Damascus, \\"firmly\\"."}]},
               {"subject": "russia", "predicate": "attacks", "object": "islamic-state", "negated": true, "modality": "planned",
                "evidence": [{"sentence": 2, "start": 30, "end": 60, "text": "Russia will not send troops."}]}]}
            """
        let second = """
            {"document": {"id": "d2", "title": "Second brief", "content_hash": "h2"},
             "entities": [{"id": "russia", "label": "Russia", "type": "Country"},
                          {"id": "syria", "label": "Syria", "type": "Country"}],
             "triples": [
               {"subject": "russia", "predicate": "supports", "object": "syria",
                "evidence": [{"sentence": 4, "start": 100, "end": 130, "text": "Russia again backed Syria."}]}]}
            """
        try KGRunner.write(first, to: "d1.json", in: folder)
        try KGRunner.write(second, to: "d2.json", in: folder)
        let outcome = try Self.run(["import", "d1.json", "d2.json", "--store", "kg.sqlite"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("2 new"), outcome.stdout)
        return folder
    }

    func testQueryPrintsATableJSONAndCSVWithEvidence() throws {
        let folder = try importedStore()
        var outcome = try Self.run(["query", "--store", "kg.sqlite", "--subject", "moscow"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let lines = outcome.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, outcome.stdout)
        XCTAssertTrue(lines[0].hasPrefix("SUBJECT  PREDICATE  OBJECT"), String(lines[0]))
        XCTAssertTrue(lines[1].hasPrefix("Russia   supports   Syria") && lines[1].hasSuffix("2"), String(lines[1]))

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--min-evidence", "2", "--evidence"], in: folder)
        XCTAssertTrue(outcome.stdout.contains("\u{201C}Moscow stands by Damascus, \"firmly\".\u{201D} \u{2014} First brief (d1), sentence 1"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("attacks"), outcome.stdout)

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--negated", "--json", "--evidence"], in: folder)
        let facts = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(facts.count, 1)
        XCTAssertEqual(facts.first?["predicate"] as? String, "attacks")
        XCTAssertEqual(facts.first?["modality"] as? String, "planned")
        XCTAssertEqual((facts.first?["evidence"] as? [[String: Any]])?.first?["text"] as? String, "Russia will not send troops.")

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--csv", "--document", "d2"], in: folder)
        XCTAssertEqual(outcome.stdout, "subject,subject_label,predicate,object,object_label,negated,modality,confidence,evidence_count,documents\r\n"
                       + "russia,Russia,supports,syria,Syria,false,asserted,0.8,2,d1;d2\r\n")

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--csv", "--evidence", "--subject", "russia", "--predicate", "supports"], in: folder)
        let rows = outcome.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.count, 3, outcome.stdout)
        XCTAssertTrue(rows[1].hasSuffix(",d1,First brief,,1,0,20,\"Moscow stands by Damascus, \"\"firmly\"\".\",2019-02-03,"), rows[1])

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--actor", "Atlantis"], in: folder)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("no actor is named 'Atlantis'"), outcome.stderr)

        outcome = try Self.run(["query", "--store", "kg.sqlite", "--predicate", "likes"], in: folder)
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("unknown predicate 'likes'"), outcome.stderr)
    }

    func testImportingTheSameFilesAgainChangesNothingAndABadFileStoresNothing() throws {
        let folder = try importedStore()
        let before = try Self.run(["export", "--store", "kg.sqlite", "--format", "nt"], in: folder).stdout
        var outcome = try Self.run(["import", "d1.json", "d2.json", "--store", "kg.sqlite"], in: folder)
        XCTAssertTrue(outcome.stdout.contains("0 new, 0 changed, 2 unchanged"), outcome.stdout)
        try KGRunner.write("{\"document\": {\"id\": \"d3\"}}", to: "broken.json", in: folder)
        try KGRunner.write(#"{"document": {"id": "d4", "title": "Fourth"}, "entities": [], "triples": []}"#, to: "d4.json", in: folder)
        outcome = try Self.run(["import", "d4.json", "broken.json", "--store", "kg.sqlite"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("broken.json: not an extraction"), outcome.stderr)
        XCTAssertEqual(try Self.run(["export", "--store", "kg.sqlite", "--format", "nt"], in: folder).stdout, before)
    }

    func testActorsListsTypesAliasesAndFactCounts() throws {
        let folder = try importedStore()
        let outcome = try Self.run(["actors", "--store", "kg.sqlite"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let russia = try XCTUnwrap(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("Russia ") })
        XCTAssertEqual(russia.split(separator: " ", omittingEmptySubsequences: true),
                       ["Russia", "Country", "russia", "Q159", "2", "3", "Moscow"])
        let json = try Self.run(["actors", "--store", "kg.sqlite", "--json", "--type", "Group"], in: folder)
        let actors = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(actors.map { $0["id"] as? String }, ["islamic-state"])
        XCTAssertEqual(actors.first?["aliases"] as? [String], ["Daesh"])
    }

    func testExportWritesEachFormat() throws {
        let folder = try importedStore()
        for format in ["jsonld", "nt", "ttl", "csv", "graphml", "gexf"] {
            let outcome = try Self.run(["export", "--store", "kg.sqlite", "--format", format, "--out", "exports/graph.\(format)"], in: folder)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            let text = try String(contentsOf: folder.appendingPathComponent("exports/graph.\(format)"), encoding: .utf8)
            XCTAssertFalse(text.isEmpty, format)
        }
        let noFolder = try Self.run(["export", "--store", "kg.sqlite", "--format", "neo4j"], in: folder)
        XCTAssertNotEqual(noFolder.status, 0)
        XCTAssertTrue(noFolder.stderr.contains("give a folder with --out"), noFolder.stderr)
        let neo4j = try Self.run(["export", "--store", "kg.sqlite", "--format", "neo4j", "--out", "exports/neo4j"], in: folder)
        XCTAssertEqual(neo4j.status, 0, neo4j.stderr)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("exports/neo4j").path)
        XCTAssertEqual(written.sorted(), ["actors.csv", "facts.csv", "load.cypher"])
        let nt = try Self.run(["export", "--store", "kg.sqlite", "--format", "nt", "--base", "https://example.net/kg"], in: folder)
        XCTAssertTrue(nt.stdout.contains("<https://example.net/kg/actor/russia> <https://example.net/vocab#supports> <https://example.net/kg/actor/syria> ."), nt.stdout)
        let bad = try Self.run(["export", "--store", "kg.sqlite", "--base", "not a base"], in: folder)
        XCTAssertNotEqual(bad.status, 0)
        let missing = try Self.run(["export", "--store", "nothing-here.sqlite"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("nothing-here.sqlite: no store there"), missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nothing-here.sqlite").path))
    }

    func testPushRefusesCredentialsInTheURLAndReportsAnUnreachableEndpoint() throws {
        let folder = try importedStore()
        let secret = "hunter2-secret"
        var outcome = try Self.run(["push", "--store", "kg.sqlite", "--sparql", "http://bob:\(secret)@127.0.0.1:9/store"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertFalse((outcome.stdout + outcome.stderr).contains(secret))
        XCTAssertTrue(outcome.stderr.contains("KG_SPARQL_USER"), outcome.stderr)
        // Port 9 (discard) on loopback: nothing listens there.
        outcome = try Self.run(["push", "--store", "kg.sqlite", "--sparql", "http://127.0.0.1:9/store"],
                               env: ["KG_SPARQL_USER": "bob", "KG_SPARQL_PASSWORD": secret], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("cannot be reached"), outcome.stderr)
        XCTAssertFalse((outcome.stdout + outcome.stderr).contains(secret))
    }
}
