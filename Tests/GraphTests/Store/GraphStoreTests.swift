@testable import Graph
import XCTest

final class GraphStoreTests: StoreTestCase {
    typealias F = StoreFixtures

    func testIngestThenLoadGivesDocumentsActorsAndFactsWithEvidence() throws {
        try forEachStore { store in
            let report = try store.ingest([F.articleA, F.articleB])
            XCTAssertEqual(report.added, ["a", "b"])
            XCTAssertNotNil(report.buildID)
            let graph = try store.loadGraph()
            XCTAssertEqual(Set(graph.documents.keys), ["a", "b"])
            XCTAssertEqual(graph.documents["a"]?.contentHash, "hash-a1")
            XCTAssertEqual(graph.documents["b"]?.source, "articles/b.txt")
            XCTAssertEqual(graph.actors["russia"]?.wikidata, "Q159")
            XCTAssertEqual(graph.actors["russia"]?.aliases, ["Moscow"])
            XCTAssertEqual(graph.actors["islamic-state"]?.aliases, ["ISIS", "Daesh"])
            XCTAssertEqual(graph.actors["islamic-state"]?.type, .group)
            let support = try XCTUnwrap(graph.facts[Fact.Key(subject: "russia", predicate: .supports, object: "syria", negated: false)])
            XCTAssertEqual(support.evidence.map(\.document), ["a", "b"])
            XCTAssertEqual(support.modality, .asserted, "the firmest modality any document states wins")
            // The symmetric meeting is stored with its ends in sorted order.
            let meeting = try XCTUnwrap(graph.facts[Fact.Key(subject: "france", predicate: .meetsWith, object: "germany", negated: false)])
            XCTAssertEqual(meeting.subject, "france")
            XCTAssertEqual(meeting.evidence.first?.text, "Germany and France met in Berlin.")
            let negated = try XCTUnwrap(graph.facts[Fact.Key(subject: "russia", predicate: .attacks, object: "islamic-state", negated: true)])
            XCTAssertEqual(negated.evidence.count, 2)
            XCTAssertEqual(try store.counts(), GraphStore.Counts(documents: 2, actors: 5, facts: 3, evidence: 5, builds: 1))
        }
    }

    func testTheStoredGraphEqualsTheMergedExtractions() throws {
        try forEachStore { store in
            try store.ingest([F.articleA, F.articleB, F.articleC])
            let stored = try store.loadGraph()
            let merged = GraphBuilder.merge([F.articleA, F.articleB, F.articleC])
            XCTAssertEqual(stored.sortedActors, merged.sortedActors)
            XCTAssertEqual(stored.sortedFacts.map(\.key), merged.sortedFacts.map(\.key))
            for fact in merged.sortedFacts {
                let sortedEvidence = { (f: Fact) in f.evidence.sorted { ($0.document, $0.start) < ($1.document, $1.start) } }
                XCTAssertEqual(sortedEvidence(stored.facts[fact.key]!), sortedEvidence(fact))
                XCTAssertEqual(stored.facts[fact.key]!.modality, fact.modality)
            }
        }
    }

    func testTheSameArticleTwiceChangesNothing() throws {
        try forEachStore { store in
            try store.ingest([F.articleA])
            let before = try F.dump(store)
            let report = try store.ingest([F.articleA])
            XCTAssertEqual(report.unchanged, ["a"])
            XCTAssertTrue(report.added.isEmpty && report.replaced.isEmpty)
            XCTAssertNil(report.buildID, "an ingest that changes nothing records no build")
            XCTAssertEqual(try F.dump(store), before)
        }
    }

    func testANewArticleAddsItsFactsAndEvidence() throws {
        try forEachStore { store in
            try store.ingest([F.articleA])
            let report = try store.ingest([F.articleB])
            XCTAssertEqual(report.added, ["b"])
            XCTAssertEqual(report.factsBefore, 2)
            XCTAssertEqual(report.factsAfter, 3)
            XCTAssertEqual(report.evidenceAfter - report.evidenceBefore, 3)
            let key = Fact.Key(subject: "russia", predicate: .supports, object: "syria", negated: false)
            XCTAssertEqual(try store.loadGraph().facts[key]?.evidence.count, 2)
            XCTAssertEqual(try store.latestBuildID(), 2)
        }
    }

    func testAChangedArticleReplacesItsEarlierEvidence() throws {
        try forEachStore { store in
            try store.ingest([F.articleA])
            let report = try store.ingest([F.articleAChanged])
            XCTAssertEqual(report.replaced, ["a"])
            let graph = try store.loadGraph()
            XCTAssertEqual(graph.documents["a"]?.contentHash, "hash-a2")
            let support = try XCTUnwrap(graph.facts[Fact.Key(subject: "russia", predicate: .supports, object: "syria", negated: false)])
            XCTAssertEqual(support.evidence.map(\.text), ["Russia still backs Syria, the edit says."])
            XCTAssertNil(graph.facts[Fact.Key(subject: "france", predicate: .meetsWith, object: "germany", negated: false)],
                         "a fact left with no evidence disappears")
            XCTAssertNotNil(graph.facts[Fact.Key(subject: "russia", predicate: .attacks, object: "islamic-state", negated: false)])
            XCTAssertNil(graph.actors["germany"], "an actor no document names any more disappears")
            XCTAssertNil(graph.actors["france"])
            XCTAssertEqual(try store.counts().documents, 1)
        }
    }

    func testAChangedArticleKeepsFactsOtherArticlesSupport() throws {
        try forEachStore { store in
            try store.ingest([F.articleA, F.articleB])
            // Article a no longer says Russia supports Syria; b still does (as planned).
            let edited = F.extraction("a", hash: "hash-a3", actors: [F.france, F.germany], facts: [
                Fact(subject: "france", predicate: .meetsWith, object: "germany", evidence: [F.evidence(1, 0, "They met again.")]),
            ])
            try store.ingest([edited])
            let graph = try store.loadGraph()
            let support = try XCTUnwrap(graph.facts[Fact.Key(subject: "russia", predicate: .supports, object: "syria", negated: false)])
            XCTAssertEqual(support.evidence.map(\.document), ["b"])
            XCTAssertEqual(support.modality, .planned, "the modality is derived again from what is left")
            XCTAssertNotNil(graph.actors["russia"])
        }
    }

    func testAFailureMidIngestLeavesTheStoreExactlyAsItWas() throws {
        struct Injected: Error {}
        try forEachStore { store in
            try store.ingest([F.articleA])
            let before = try F.dump(store)
            XCTAssertThrowsError(try store.ingest([F.articleB, F.articleAChanged, F.articleC]) { index in
                if index == 1 { throw Injected() }
            }) { error in
                XCTAssertTrue(error is Injected, "\(error)")
            }
            XCTAssertEqual(try F.dump(store), before)
            let report = try store.ingest([F.articleB, F.articleAChanged, F.articleC])
            XCTAssertEqual(report.added, ["b", "c"])
            XCTAssertEqual(report.replaced, ["a"])
        }
    }

    func testTheSameFactTwiceInOneDocumentIsOneFact() throws {
        try forEachStore { store in
            let doubled = F.extraction("d", hash: "hash-d", actors: [F.russia, F.syria], facts: [
                Fact(subject: "russia", predicate: .supports, object: "syria", modality: .possible,
                     evidence: [F.evidence(1, 0, "Russia might back Syria.")]),
                Fact(subject: "russia", predicate: .supports, object: "syria",
                     evidence: [F.evidence(4, 90, "Russia backs Syria.")]),
            ])
            try store.ingest([doubled])
            let graph = try store.loadGraph()
            XCTAssertEqual(graph.facts.count, 1)
            XCTAssertEqual(graph.sortedFacts.first?.evidence.count, 2)
            XCTAssertEqual(graph.sortedFacts.first?.modality, .asserted)
        }
    }

    func testATripleNamingAnUnknownActorIsLeftOutWithAWarning() throws {
        try forEachStore { store in
            let broken = F.extraction("e", hash: "hash-e", actors: [F.russia], facts: [
                Fact(subject: "russia", predicate: .supports, object: "nowhere-land", evidence: [F.evidence(1, 0, "Text.")]),
            ])
            let report = try store.ingest([broken])
            XCTAssertEqual(report.warnings.count, 1)
            XCTAssertTrue(report.warnings[0].contains("nowhere-land"), report.warnings[0])
            XCTAssertEqual(try store.counts().facts, 0)
            XCTAssertEqual(try store.counts().documents, 1)
        }
    }

    func testKnownContentHashes() throws {
        try forEachStore { store in
            XCTAssertEqual(try store.knownContentHashes(), [])
            try store.ingest([F.articleA, F.articleB])
            XCTAssertEqual(try store.knownContentHashes(), ["hash-a1", "hash-b1"])
            try store.ingest([F.articleAChanged])
            XCTAssertEqual(try store.knownContentHashes(), ["hash-a2", "hash-b1"])
        }
    }

    func testMigrationsAreAppliedInOrder() throws {
        try forEachStore { store in
            XCTAssertEqual(try store.appliedMigrations(), StoreSchema.identifiers)
        }
    }
}

final class GraphStoreDocumentIdentityTests: StoreTestCase {
    typealias F = StoreFixtures

    private func article(_ id: String, source: String, hash: String, quote: String) -> DocumentExtraction {
        DocumentExtraction(document: DocumentInfo(id: id, title: id, source: source, contentHash: hash),
                           entities: [F.russia, F.syria],
                           triples: [Fact(subject: "russia", predicate: .supports, object: "syria", evidence: [F.evidence(1, 0, quote)])])
    }

    func testTwoFilesWithOneNameInDifferentFoldersAreBothKept() throws {
        try forEachStore { store in
            try store.ingest([article("index", source: "news/2019/index.html", hash: "aaaa1111x", quote: "First quote.")])
            let second = try store.ingest([article("index", source: "news/2020/index.html", hash: "bbbb2222x", quote: "Second quote.")])
            XCTAssertEqual(second.added, ["index-bbbb2222"])
            XCTAssertEqual(try store.counts().documents, 2)
            // The 2020 file changes and is read alone: it replaces its own earlier version, keeping its id.
            let third = try store.ingest([article("index", source: "news/2020/index.html", hash: "cccc3333x", quote: "Third quote.")])
            XCTAssertEqual(third.replaced, ["index-bbbb2222"])
            let quotes = try store.loadGraph().sortedFacts.first?.evidence.map(\.text)
            XCTAssertEqual(quotes, ["First quote.", "Third quote."])
        }
    }

    func testACopyOfAnArticleIsStoredOnceInOneBuildAsInTwo() throws {
        let original = article("a", source: "news/a.txt", hash: "same-bytes", quote: "One quote.")
        let copy = article("b", source: "mirror/b.txt", hash: "same-bytes", quote: "One quote.")
        var together: [GraphStore.Counts] = [], apart: [GraphStore.Counts] = []
        try forEachStore { store in
            let report = try store.ingest([original, copy])
            XCTAssertEqual(report.added, ["a"])
            XCTAssertEqual(report.unchanged, ["b"])
            XCTAssertEqual(try store.loadGraph().sortedFacts.first?.evidence.count, 1)
            together.append(try store.counts())
        }
        try forEachStore { store in
            try store.ingest([original])
            XCTAssertEqual(try store.ingest([copy]).unchanged, ["b"])
            apart.append(try store.counts())
        }
        XCTAssertEqual(together, apart)
        XCTAssertEqual(together.first?.documents, 1)
    }

    func testOnePathSpelledTwoWaysIsOneArticle() throws {
        try forEachStore { store in
            try store.ingest([article("a", source: "news/a.txt", hash: "h1", quote: "Old quote.")])
            let report = try store.ingest([article("a", source: "./news/../news/a.txt", hash: "h2", quote: "New quote.")])
            XCTAssertEqual(report.replaced, ["a"])
            XCTAssertEqual(try store.loadGraph().sortedFacts.first?.evidence.map(\.text), ["New quote."])
        }
    }
}
