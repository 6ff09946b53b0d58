@testable import Extraction
import XCTest

/// The frames and cues shipped in Resources/en parse, name known predicates and
/// cover the vocabulary; a bad row is named by file and line.
final class FrameTableTests: XCTestCase {
    func testEveryShippedRowParsesAndEveryPredicateHasAFrame() {
        let table = FrameTable.english
        XCTAssertGreaterThan(table.all.count, 150)
        let covered = Set(table.all.map(\.predicate))
        for predicate in Predicate.allCases where predicate.predicateClass != .affiliation {
            XCTAssertTrue(covered.contains(predicate), "no frame states \(predicate.rawValue)")
        }
        for name in FrameTable.cueClasses {
            XCTAssertFalse(table.cues[name, default: []].isEmpty, "no \(name) cues")
        }
        XCTAssertEqual(table.verbs["take over"]?.first?.predicate, .occupies)
        XCTAssertEqual(table.verbs["meet"]?.first?.reciprocal, true)
    }

    func testBadRowsAreRefusedByLine() {
        XCTAssertThrowsError(try FrameTable(frames: "verb\tmeet\tgreets\tobj\n", cues: "")) { error in
            XCTAssertEqual("\(error)", "frames.tsv:1: 'greets' is not a predicate of the vocabulary")
        }
        XCTAssertThrowsError(try FrameTable(frames: "# c\nverb\tmeet\tmeetsWith\tnmod:with\n", cues: "")) { error in
            XCTAssertEqual("\(error)", "frames.tsv:2: object slot 'nmod:with' is not obj, iobj or obl:PREP")
        }
        XCTAssertThrowsError(try FrameTable(frames: "adverb\tx\tsupports\tobj\n", cues: ""))
        XCTAssertThrowsError(try FrameTable(frames: "phrase\trequest\trequests\tnmod:of\n", cues: "")) { error in
            XCTAssertEqual("\(error)", "frames.tsv:1: a phrase's lemma is a preposition and a noun ('at request')")
        }
        XCTAssertThrowsError(try FrameTable(frames: "noun\trequest\trequests\tnmod:of\treverse\n", cues: ""))
        XCTAssertEqual((try? FrameTable(frames: "verb\tinclude\tmemberOf\tobj\treverse object=Organization\n", cues: ""))?
            .verbs["include"]?.first.map { [$0.reverse, $0.objectType == .organization] }, [true, true])
        XCTAssertThrowsError(try FrameTable(frames: "verb\tinclude\tmemberOf\tobj\treverse\tobject=Organization\n", cues: "")) { error in
            XCTAssertEqual("\(error)", "frames.tsv:1: more than five columns (options are separated by spaces, not tabs)")
        }
        XCTAssertThrowsError(try FrameTable(frames: "verb\talign\tsupports\tobl:with\nverb\talign\tsupports\tobl:with\tstative\n", cues: "")) { error in
            XCTAssertEqual("\(error)", "frames.tsv:2: repeats an earlier verb row for 'align' supports")
        }
        XCTAssertEqual((try? FrameTable(frames: "verb\talign\tsupports\tobl:with\tstative\n", cues: ""))?.verbs["align"]?.first?.stative, true)
        XCTAssertThrowsError(try FrameTable(frames: "noun\taligned\tsupports\tnmod:with\tstative\n", cues: ""))
        XCTAssertThrowsError(try FrameTable(frames: "noun\tdemand\trequests\tccomp\n", cues: ""))
        XCTAssertEqual((try? FrameTable(frames: "verb\tdemand\trequests\tccomp\n", cues: ""))?.verbs["demand"]?.first?.objects, [.ccomp])
        let phrase = try? FrameTable(frames: "phrase\tat request\trequests\tnmod:of nmod:poss\treverse\n", cues: "")
        XCTAssertEqual(phrase?.phrases["at request"]?.first?.reverse, true)
        XCTAssertThrowsError(try FrameTable(frames: "verb\tback\tsupports\tobj\tsideways\n", cues: ""))
        XCTAssertThrowsError(try FrameTable(frames: "", cues: "mood\tglad\n"))
        let ok = try? FrameTable(frames: "noun\tvisit\tmeetsWith\tnmod:to\tobject=Country\n", cues: "negator\tnot never\n")
        XCTAssertEqual(ok?.nouns["visit"]?.first?.objectType, .country)
        XCTAssertEqual(ok?.cue("negator", "never"), true)
    }
}
