@testable import Graph
import XCTest

final class DateWindowTests: XCTestCase {
    func testBoundsAcceptDaysMonthsAndYears() throws {
        let may = try DateWindow(since: "2019-05", until: "2019-05")
        XCTAssertEqual(may.since, "2019-05-01")
        XCTAssertEqual(may.until, "2019-05-31")
        XCTAssertTrue(may.contains("2019-05-31"))
        XCTAssertFalse(may.contains("2019-06-01"))
        XCTAssertFalse(may.contains(nil), "an undated document is never inside a window")
        XCTAssertEqual(try DateWindow(since: "2019", until: nil).since, "2019-01-01")
        XCTAssertEqual(try DateWindow(since: nil, until: "2019").until, "2019-12-31")
    }

    func testBadBoundsAreRefusedWithTheReason() {
        for bad in ["2019-13", "19-05", "2019/05/01", "May 2019", "2019-05-32", ""] {
            XCTAssertThrowsError(try DateWindow(since: bad, until: nil), bad) { error in
                XCTAssertEqual(error as? RenderError, .invalidDate(bad))
            }
        }
        XCTAssertThrowsError(try DateWindow(since: "2020", until: "2019")) { error in
            XCTAssertTrue((error as? RenderError)?.errorDescription?.contains("is after --until") == true)
        }
    }

    func testTheWindowKeepsOnlyTheEvidenceOfDocumentsDatedInIt() throws {
        let graph = AnalysisFixtures.blocs
        let april = try DateWindow(since: "2021-04", until: nil).apply(to: graph)
        XCTAssertTrue(april.facts.values.allSatisfy { $0.evidence.allSatisfy { $0.document == "d2" } })
        XCTAssertEqual(Set(april.facts.values.map(\.predicate)), [.aids, .opposes])
        XCTAssertEqual(april.actors.count, graph.actors.count, "actors stay; facts without evidence go")
        let diagram = try DiagramView(dates: DateWindow(since: "2021-04", until: nil)).diagram(for: graph)
        XCTAssertEqual(diagram.edges.count, 2)
        XCTAssertTrue(diagram.omissions.filters.contains("evidence dated 2021-04-01 or later"))
    }
}

final class TimelineTests: XCTestCase {
    private func graph(dates: [String?]) -> KnowledgeGraph {
        var documents: [DocumentInfo] = []
        var facts: [Fact] = []
        for (n, date) in dates.enumerated() {
            documents.append(DocumentInfo(id: "d\(n)", title: "Dispatch \(n)", date: date))
            facts.append(Fact(subject: "avalon", predicate: n % 2 == 0 ? .supports : .opposes, object: "corvia",
                              evidence: [AnalysisFixtures.evidence("Avalon spoke of Corvia, dispatch \(n).", document: "d\(n)", sentence: n)]))
        }
        return KnowledgeGraph(actors: AnalysisFixtures.actors, facts: facts, documents: documents)
    }

    func testAShortSpanIsCountedByWeekWithoutGaps() {
        let g = graph(dates: ["2021-03-01", "2021-03-02", "2021-03-16", nil])
        let timeline = Timeline(g, facts: g.sortedFacts)
        XCTAssertEqual(timeline.step, .week)
        XCTAssertEqual(timeline.buckets.map(\.label), ["2021-W09", "2021-W10", "2021-W11"])
        XCTAssertEqual(timeline.buckets.map(\.cooperative), [1, 0, 1])
        XCTAssertEqual(timeline.buckets.map(\.conflictual), [1, 0, 0])
        XCTAssertEqual(timeline.undated, 1)
        XCTAssertFalse(timeline.buckets.contains { $0.gapBefore })
    }

    func testMonthsAndAnOutlierAfterAGap() {
        let dates = ["2019-01-10", "2019-02-11", "2019-03-12", "2019-03-20", "2019-04-01", "2019-05-05",
                     "2019-06-06", "2019-06-07", "2019-07-07", "2019-08-08", "2019-08-09", "1964-10-01"]
        let g = graph(dates: dates)
        let timeline = Timeline(g, facts: g.sortedFacts)
        XCTAssertEqual(timeline.step, .month, "one article about 1964 does not make the bars yearly")
        XCTAssertEqual(timeline.buckets.first?.label, "1964-10")
        XCTAssertEqual(timeline.buckets[1].label, "2019-01")
        XCTAssertTrue(timeline.buckets[1].gapBefore)
        XCTAssertEqual(timeline.buckets.last?.label, "2019-08")
        XCTAssertEqual(timeline.buckets.reduce(0) { $0 + $1.total }, dates.count)
    }

    func testTheReportShowsATimelinePerActorAndPair() throws {
        let html = HTMLReportWriter().html(for: try DiagramView().diagram(for: AnalysisFixtures.blocs), svg: nil)
        let section = html.components(separatedBy: "<section id=\"timeline\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        XCTAssertTrue(section.contains("<div class=\"timeline-chart\" id=\"t-all\">"), section)
        XCTAssertTrue(section.contains("<option value=\"t-a-avalon\">Avalon</option>"), section)
        XCTAssertTrue(section.contains("<div class=\"timeline-chart\" id=\"t-p-avalon--brigadoon\" hidden>"), section)
        XCTAssertTrue(section.contains("title=\"2021-W09: "), "the fixture's first dispatch, 2021-03-01, is in ISO week 9")
        XCTAssertTrue(html.contains("<a href=\"#timeline\">Timeline</a>"))
        let undated = HTMLReportWriter().html(for: try DiagramView().diagram(for: RenderFixtures.hostile), svg: nil)
        XCTAssertTrue(undated.contains("No timeline: none of the 1 pieces of evidence comes from a dated article."))
    }
}
