@testable import Extraction
import XCTest

/// One person across documents: names folded, bare surnames resolved by the story's states.
final class PeopleTableTests: XCTestCase {
    private let table = PeopleTable(tsv: """
    # a table written for this test
    Ana Ruiz Ñúñez\tQ1\tCHL\thead_of_state:2010-03-11..2014-03-11\tRuiz;Ruiz Nunez\tQ298
    Tomas Ruiz\tQ2\tPER\thead_of_government:2016-07-28..\tRuiz\tQ419
    Jon Kale\tQ3\tPER\thead_of_state:1990-01-01..1995-01-01\tKale\tQ419
    """)

    func testFoldedNamesAndAliasesFindThePerson() {
        XCTAssertEqual(table.resolve("ana ruiz nunez", states: [])?.wikidata, "Q1")
        XCTAssertEqual(table.resolve("Jon Kale", states: [])?.wikidata, "Q3")
        XCTAssertEqual(table.people[1].offices, [PeopleTable.Office(role: "head_of_government", start: "2016-07-28", end: nil)])
        XCTAssertEqual(table.people[1].country, "PER")
    }

    func testTheShippedTableKnowsHeadsOfState() {
        let shipped = PeopleTable.english
        XCTAssertGreaterThan(shipped.people.count, 1_000)
        XCTAssertEqual(shipped.resolve("Erdogan", states: ["Q43"])?.label, "Recep Tayyip Erdoğan")
        XCTAssertEqual(shipped.resolve("Recep Tayyip Erdogan", states: [])?.wikidata, "Q39259")
    }

    func testOnePersonAcrossDocuments() {
        let a = ExtractionProbe.run("Turkey and Syria traded threats on Sunday.\nErdogan condemned Assad on Monday.\n")
        let b = ExtractionProbe.run("Recep Tayyip Erdoğan criticized Greece on Tuesday.\n")
        let idsA = Set(a.entities.map(\.id)), idsB = Set(b.entities.map(\.id))
        XCTAssertFalse(idsA.intersection(idsB).filter { $0.contains("erdogan") }.isEmpty, "\(idsA) \(idsB)")
        let assad = a.entities.first { $0.label == "Bashar al-Assad" }
        XCTAssertEqual(assad?.wikidata, "Q44329", "\(a.entities.map(\.label))")
        XCTAssertTrue(ExtractionProbe.lines(a).contains("Recep Tayyip Erdoğan criticizes Bashar al-Assad"), "\(ExtractionProbe.lines(a))")
    }

    func testABareSurnameNeedsItsStateInTheStory() {
        XCTAssertNil(table.resolve("Kale", states: []))
        XCTAssertEqual(table.resolve("Kale", states: ["Q419"])?.label, "Jon Kale")
        XCTAssertNil(table.resolve("Ruiz", states: []))
        XCTAssertEqual(table.resolve("Ruiz", states: ["Q298"])?.wikidata, "Q1")
        XCTAssertEqual(table.resolve("Ruiz", states: ["Q419"])?.wikidata, "Q2")
        XCTAssertNil(table.resolve("Ruiz", states: ["Q298", "Q419"]))
        // Two of one name in one state: the later office holder.
        let family = PeopleTable(tsv: "Old Kale\tQ7\tPER\thead_of_state:1980-01-01..1999-01-01\tKale\tQ419\nYoung Kale\tQ8\tPER\thead_of_state:2001-01-01..\tKale\tQ419\n")
        XCTAssertEqual(family.resolve("Kale", states: ["Q419"])?.label, "Young Kale")
        XCTAssertNil(table.resolve("Nobody", states: ["Q298"]))
    }
}
