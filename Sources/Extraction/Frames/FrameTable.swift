import Foundation

/// The frames and cue words of one language, read from the package's resources
/// (`Resources/en/frames.tsv` and `cues.tsv`). Adding a verb is adding a row.
struct FrameTable: Sendable {
    /// Verb frames by lemma ("meet") or lemma and particle ("take over").
    private(set) var verbs: [String: [Frame]] = [:]
    /// Noun frames by lemma or lower-cased form.
    private(set) var nouns: [String: [Frame]] = [:]
    /// Phrase frames by preposition and noun lemma ("at request").
    private(set) var phrases: [String: [Frame]] = [:]
    private(set) var cues: [String: Set<String>] = [:]

    static let cueClasses = ["negator", "negating", "planned", "possible", "plannedAux", "possibleAux", "objectControl", "proxy", "relative", "reporting", "framing", "material", "perpetrate", "act", "naming", "scorn", "praise", "invalid", "utterance", "blame", "part"]

    init(frames: String, cues cueText: String, name: String = "frames.tsv") throws {
        for (k, raw) in frames.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let frame = try FrameTable.parse(String(raw), name: name, line: k + 1)
            let same = (frame.kind == .verb ? verbs : frame.kind == .noun ? nouns : phrases)[frame.lemma] ?? []
            if same.contains(where: { $0.predicate == frame.predicate && $0.objects == frame.objects }) {
                throw FrameError.badLine(file: name, line: k + 1, problem: "repeats an earlier \(frame.kind.rawValue) row for '\(frame.lemma)' \(frame.predicate.rawValue)")
            }
            switch frame.kind {
            case .verb: verbs[frame.lemma, default: []].append(frame)
            case .noun: nouns[frame.lemma, default: []].append(frame)
            case .phrase: phrases[frame.lemma, default: []].append(frame)
            }
        }
        for (k, raw) in cueText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 2, FrameTable.cueClasses.contains(String(f[0])) else {
                throw FrameError.badLine(file: "cues.tsv", line: k + 1, problem: "expected a cue class (\(FrameTable.cueClasses.joined(separator: ", "))), a tab and words")
            }
            cues[String(f[0]), default: []].formUnion(f[1].split(separator: " ").map(String.init))
        }
    }

    static func parse(_ raw: String, name: String, line: Int) throws -> Frame {
        let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        func bad(_ problem: String) -> FrameError { .badLine(file: name, line: line, problem: problem) }
        guard f.count >= 4 else { throw bad("expected kind, lemma, predicate and object columns") }
        // Options share the fifth column, separated by spaces: a sixth column is a mistake, not ignored.
        guard f.count <= 5 else { throw bad("more than five columns (options are separated by spaces, not tabs)") }
        guard let kind = Frame.Kind(rawValue: f[0]) else { throw bad("kind '\(f[0])' is neither verb nor noun") }
        guard !f[1].isEmpty else { throw bad("no lemma") }
        if kind == .phrase && f[1].split(separator: " ").count != 2 { throw bad("a phrase's lemma is a preposition and a noun ('at request')") }
        guard let predicate = Predicate(rawValue: f[2]) else { throw bad("'\(f[2])' is not a predicate of the vocabulary") }
        var slots: [Frame.Slot] = []
        for s in f[3].split(separator: " ") {
            switch s {
            case "obj": slots.append(.obj)
            case "iobj": slots.append(.iobj)
            case "ccomp" where kind == .verb: slots.append(.ccomp)
            case "owner" where kind == .phrase: slots.append(.prep("owner"))
            default:
                let parts = s.split(separator: ":")
                let expected = kind == .verb ? "obl" : "nmod"
                guard parts.count == 2, parts[0] == expected else { throw bad("object slot '\(s)' is not obj, iobj or \(expected):PREP") }
                slots.append(.prep(String(parts[1])))
            }
        }
        var frame = Frame(kind: kind, lemma: f[1], predicate: predicate, objects: slots)
        if f.count > 4 {
            for option in f[4].split(separator: " ") {
                if option == "reciprocal" { frame.reciprocal = true; continue }
                if option == "owner" { frame.owner = true; continue }
                if option == "victim" { frame.victim = true; continue }
                if option == "reverse" && kind != .noun { frame.reverse = true; continue }
                if option == "stative" && kind == .verb { frame.stative = true; continue }
                let kv = option.split(separator: "=")
                guard kv.count == 2, let type = ActorType(rawValue: String(kv[1])) else { throw bad("unknown option '\(option)'") }
                switch kv[0] {
                case "subject": frame.subjectType = type
                case "object": frame.objectType = type
                default: throw bad("unknown option '\(option)'")
                }
            }
        }
        guard !slots.isEmpty || frame.reciprocal else { throw bad("a frame needs an object slot or 'reciprocal'") }
        return frame
    }

    func cue(_ name: String, _ word: String) -> Bool { cues[name]?.contains(word) ?? false }

    /// Every frame, in no particular order.
    var all: [Frame] { verbs.values.flatMap { $0 } + nouns.values.flatMap { $0 } + phrases.values.flatMap { $0 } }

    /// The English table shipped with kg.
    static let english: FrameTable = {
        func resource(_ name: String) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/en"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                fatalError("kg's resource Resources/en/\(name).tsv is missing from the build")
            }
            return text
        }
        do {
            return try FrameTable(frames: resource("frames"), cues: resource("cues"))
        } catch {
            fatalError("kg's resource is damaged: \(error)")
        }
    }()
}
