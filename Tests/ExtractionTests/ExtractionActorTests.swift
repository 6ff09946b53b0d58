@testable import Extraction
import Language
import XCTest

/// The lexicon (states, demonyms, capitals, metonyms, organizations, groups,
/// aliases), people, titles and coreference.
final class ExtractionActorTests: XCTestCase {
    func testEveryMemberStateIsInTheLexicon() {
        let countries = ActorLexicon.shared.actors.filter { $0.type == .country }
        XCTAssertGreaterThanOrEqual(countries.count, 193)
        XCTAssertEqual(Set(countries.map(\.id)).count, countries.count, "country ids are unique")
        XCTAssertEqual(countries.first { $0.label == "Kenya" }?.wikidata, "Q114")
    }

    func testCapitalsMetonymsAndDemonymsNameTheState() {
        XCTAssertTrue(ExtractionProbe.triples("Nairobi criticized Kampala.").contains("Kenya criticizes Uganda"))
        XCTAssertTrue(ExtractionProbe.triples("The Kremlin condemned the White House.").contains("Russia criticizes United States"))
        XCTAssertTrue(ExtractionProbe.triples("Downing Street backed the Elysee.").contains("United Kingdom supports France"))
        // A state after "near" is a place, not the target.
        XCTAssertEqual(ExtractionProbe.triples("Turkish jets bombed villages near Syria."), [])
        XCTAssertTrue(ExtractionProbe.triples("Turkish troops attacked Armenia.").contains("Turkey attacks Armenia"))
    }

    func testAliasesShareOneActor() {
        let facts = ExtractionProbe.triples("Jordan condemned ISIL. Egypt condemned Daesh. Iraq condemned IS.")
        XCTAssertEqual(facts, ["Jordan criticizes Islamic State", "Egypt criticizes Islamic State", "Iraq criticizes Islamic State"])
        // The pronoun "us" is not the United States.
        XCTAssertTrue(ExtractionProbe.triples("They condemned us. Mali condemned the US.").contains("Mali criticizes United States"))
        XCTAssertEqual(ExtractionProbe.triples("They condemned us."), [])
    }

    func testTitleAndNameMakeAPersonAndAnAffiliation() {
        let facts = ExtractionProbe.triples("Kenyan President Amara Otieno met Ugandan Foreign Minister Joseph Kato in Nairobi.")
        XCTAssertTrue(facts.contains("Amara Otieno leaderOf Kenya"), "\(facts)")
        XCTAssertTrue(facts.contains("Joseph Kato memberOf Uganda"), "\(facts)")
        XCTAssertTrue(facts.contains("Amara Otieno meetsWith Joseph Kato") || facts.contains("Joseph Kato meetsWith Amara Otieno"), "\(facts)")
        let e = ExtractionProbe.run("Kenyan President Amara Otieno spoke.")
        XCTAssertEqual(e.entities.first { $0.label == "Amara Otieno" }?.id, "amara-otieno")
        XCTAssertEqual(e.entities.first { $0.label == "Amara Otieno" }?.type, .person)
    }

    func testATitleAfterAStatesMinistryServesTheState() {
        let facts = ExtractionProbe.triples("Kenyan Foreign Ministry spokesman Amara Otieno said the border would reopen.")
        XCTAssertTrue(facts.contains("Amara Otieno memberOf Kenya"), "\(facts)")
        XCTAssertFalse(facts.contains("Amara Otieno leaderOf Kenya"), "\(facts)")
    }

    func testAPresidentElectIsOfTheStateButNotYetItsLeader() {
        let facts = ExtractionProbe.triples("Kenyan President-elect Amara Otieno met Ugandan President Joseph Kato.")
        XCTAssertTrue(facts.contains("Amara Otieno memberOf Kenya"), "\(facts)")
        XCTAssertFalse(facts.contains("Amara Otieno leaderOf Kenya"), "\(facts)")
    }

    func testANewspapersNameIsAnOrganization() {
        let e = ExtractionProbe.run("The Nairobi Herald criticized Uganda on Monday.")
        XCTAssertEqual(e.entities.first { $0.label == "Nairobi Herald" }?.type, .organization, "\(e.entities.map(\.label))")
        let mail = ExtractionProbe.run("The Lima Mail criticized Chile. Ana Ruiz told the Lima Mail, \"We must ask her to come back.\"")
        XCTAssertEqual(mail.entities.first { $0.label == "Lima Mail" }?.type, .organization, "\(mail.entities.map(\.label))")
        XCTAssertFalse(mail.triples.contains { $0.predicate == .requests }, "a newspaper told something is not asked")
    }

    func testAQuantifierOpeningASentenceBeginsNoName() {
        let e = ExtractionProbe.run("Several Chilean officials met Peru's president. Multiple Peruvian ministers criticized Chile.")
        XCTAssertFalse(e.entities.contains { $0.label.hasPrefix("Several") || $0.label.hasPrefix("Multiple") }, "\(e.entities.map(\.label))")
    }

    func testRevolutionsWarsAndElectionsAreNoOne() {
        let e = ExtractionProbe.run("The Bolivian Gas War hurt Chile. The Andean Revolution destroyed Peru.")
        XCTAssertFalse(e.entities.contains { $0.type == .person }, "\(e.entities.map(\.label))")
        XCTAssertFalse(e.triples.contains { $0.predicate == .attacks }, "an event attacks no one")
    }

    func testAStatesCodeOnACurrencySignIsMoney() {
        let e = ExtractionProbe.run("Peru gave Chile a loan worth US$5 million.")
        XCTAssertFalse(e.entities.contains { $0.label == "United States" }, "\(e.entities.map(\.label))")
        XCTAssertTrue(ExtractionProbe.triples("Peru gave Chile a loan worth US$5 million.").contains("Peru aids Chile"))
    }

    func testANameRunEndingInAKnownGroupIsNoPerson() {
        let e = ExtractionProbe.run("Peru joined the Andean Coalition to Defeat ISIS last year, and Chile criticized ISIS.")
        XCTAssertFalse(e.entities.contains { $0.type == .person }, "\(e.entities.map(\.label))")
        XCTAssertTrue(ExtractionProbe.triples("Peru joined the Andean Coalition to Defeat ISIS last year, and Chile criticized ISIS.").contains("Chile criticizes Islamic State"))
    }

    func testAPartysWholeNameIsKept() {
        let e = ExtractionProbe.run("Amara Otieno joined the Bread and Roses Party last year.")
        XCTAssertTrue(e.entities.contains { $0.label == "Bread and Roses Party" }, "\(e.entities.map(\.label))")
    }

    func testATitleWordInABodysNameMakesNoPerson() {
        let e = ExtractionProbe.run("Kenyan General Services Administration official Amara Otieno criticized Uganda.")
        XCTAssertFalse(e.entities.contains { $0.label == "Services Administration" }, "\(e.entities.map(\.label))")
    }

    func testACaretakerHoldsTheOffice() {
        let facts = ExtractionProbe.triples("Amara Otieno, the caretaker prime minister of Kenya, spoke in Nairobi.")
        XCTAssertTrue(facts.contains("Amara Otieno leaderOf Kenya"), "\(facts)")
    }

    func testAFormerOfficeIsAnAffiliationButNotTheCurrentHolder() {
        let text = """
        Former Chilean President Marco Vidal spoke in Lima. Chilean President Ana Ruiz met Peru's leaders.
        The Chilean president later criticized Bolivia.
        """
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.contains("Marco Vidal leaderOf Chile"), "\(facts)")
        XCTAssertTrue(facts.contains("Ana Ruiz criticizes Bolivia"), "\(facts)")
        XCTAssertFalse(facts.contains("Marco Vidal criticizes Bolivia"), "\(facts)")
    }

    func testATitleWithoutAStateIsCompletedFromThePeopleTable() {
        let facts = ExtractionProbe.triples("Prime Minister Justin Trudeau spoke on Monday. Later, former president George W. Bush wrote.")
        XCTAssertTrue(facts.contains("Justin Trudeau leaderOf Canada"), "\(facts)")
        XCTAssertTrue(facts.contains("George W. Bush leaderOf United States"), "\(facts)")
        // A name the table does not know stays without a state.
        XCTAssertTrue(ExtractionProbe.triples("President Amara Otieno spoke on Monday.").isEmpty)
    }

    func testASecondTitleInACoordinationSharesTheFirstTitlesState() {
        let facts = ExtractionProbe.triples("Chilean prime minister Ana Ruiz and energy minister Marco Vidal spoke in Lima.")
        XCTAssertTrue(facts.contains("Ana Ruiz leaderOf Chile"), "\(facts)")
        XCTAssertTrue(facts.contains("Marco Vidal memberOf Chile"), "\(facts)")
        XCTAssertFalse(facts.contains("Marco Vidal leaderOf Chile"), "\(facts)")
    }

    func testAGovernmentTitleWithoutAStateServesTheStorysState() {
        let story = """
        Chile raised its tariffs on Monday. Chile said the move was overdue. Senator Ana Ruiz called it a mistake.
        Trade with Chile fell, and Peru protested.
        """
        XCTAssertTrue(ExtractionProbe.triples(story).contains("Ana Ruiz memberOf Chile"))
        // Two states named as often: the story is about neither alone.
        let even = "Chile and Peru raised tariffs. Chile and Peru said so. Senator Ana Ruiz called it a mistake. Chile and Peru disagreed."
        XCTAssertFalse(ExtractionProbe.triples(even).contains { $0.hasPrefix("Ana Ruiz memberOf") }, "\(ExtractionProbe.triples(even))")
    }

    func testNamedAgreementsAreActorsAndTheAgreementRefersBack() {
        let text = """
        Chile signed the Andean Free Trade Area (AFTA) agreement on Monday. Bolivia rejected the agreement.
        Ecuador backed AFTA. Peru denounced the Chilean-Bolivian maritime border treaty.
        """
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.isSuperset(of: ["Chile supports Andean Free Trade Area", "Bolivia opposes Andean Free Trade Area",
                                            "Ecuador supports Andean Free Trade Area",
                                            "Peru criticizes Chilean-Bolivian maritime border treaty"]), "\(facts)")
        let e = ExtractionProbe.run(text)
        XCTAssertEqual(e.entities.filter { $0.type == .agreement }.count, 2, "\(e.entities)")
        // A shorter name first, the full name later: one agreement, with the full name.
        let later = ExtractionProbe.triples("Peru rejected the maritime border agreement. Bolivia backed the Chilean-Bolivian maritime border agreement.")
        XCTAssertEqual(later, ["Peru opposes Chilean-Bolivian maritime border agreement", "Bolivia supports Chilean-Bolivian maritime border agreement"])
    }

    func testAnAgreementBetweenTwoStatesIsNamedAfterThem() {
        let facts = ExtractionProbe.triples("Egypt denounced the memoranda of understanding between Chile and Peru.")
        XCTAssertTrue(facts.contains("Egypt criticizes Chile-Peru memorandum of understanding"), "\(facts)")
        // A bare "a deal" or "a pipeline" names nothing.
        XCTAssertTrue(ExtractionProbe.triples("Egypt signed a deal. Chile rejected a gas pipeline.").isEmpty)
    }

    func testAPluralTitleGivesEachNameTheTitleAndItsState() {
        let facts = ExtractionProbe.triples("The presidents met on Monday, and later Presidents Ana Ruiz of Chile and Marco Vidal of Peru spoke to the press in the city.")
        XCTAssertTrue(facts.isSuperset(of: ["Ana Ruiz leaderOf Chile", "Marco Vidal leaderOf Peru"]), "\(facts)")
        // One name after the plural is no list.
        XCTAssertTrue(ExtractionProbe.triples("The summit was opened by the presidents, and Presidents Ana Ruiz of Chile spoke at length.").isEmpty)
    }

    func testDefiniteDescriptionsReferToTheLastActorOfTheirKind() {
        let facts = ExtractionProbe.triples("""
        Chile expelled Peru's ambassador on Monday. The country also criticized Bolivia.
        The EU met in Brussels. The bloc condemned Russia. The Andean Front seized a town. The group later attacked Ecuador.
        """)
        XCTAssertTrue(facts.isSuperset(of: ["Chile criticizes Bolivia", "European Union criticizes Russia", "Andean Front attacks Ecuador"]), "\(facts)")
        XCTAssertFalse(facts.contains("Peru criticizes Bolivia"), "\(facts)")
        // Not references: an of-phrase, or nothing of that kind named recently.
        XCTAssertTrue(ExtractionProbe.triples("The country of origin criticized Bolivia.").isEmpty)
    }

    func testANationalBodyNamedAfterAStateIsNeitherTheStateNorTheInternationalBody() {
        let facts = ExtractionProbe.triples("""
        Ana Ruiz, executive director of the Chilean Retailers Association, said prices rose. Chilean Red Cross chair Marco Vidal said people need food.
        """)
        XCTAssertFalse(facts.contains("Ana Ruiz leaderOf Chile"), "\(facts)")
        XCTAssertFalse(facts.contains { $0.hasPrefix("Marco Vidal leaderOf") }, "\(facts)")
        XCTAssertTrue(ExtractionProbe.triples("Ana Ruiz, president of Chile, said prices rose.").contains("Ana Ruiz leaderOf Chile"))
    }

    func testCapitalisedThingsAndEventsAreNoPeople() {
        let e = ExtractionProbe.run("Voters in Chile marked Election Day on Sunday. The Economic Bill angered Peru. The Andean Music Festival praised Bolivia.")
        XCTAssertFalse(e.entities.contains { $0.type == .person }, "\(e.entities)")
    }

    func testAnOfficialOfAStateBodyServesTheState() {
        let facts = ExtractionProbe.triples("Ana Ruiz, a spokesperson for the Chilean National Police, said two men were held.")
        XCTAssertTrue(facts.contains("Ana Ruiz memberOf Chile"), "\(facts)")
    }

    func testACommissionerServesTheBodyNamedBeforeTheTitle() {
        XCTAssertTrue(ExtractionProbe.triples("AU trade commissioner Carlos Mendes spoke on Monday.").contains("Carlos Mendes memberOf African Union"))
    }

    func testNoFactLinksAPersonToTheirOwnShortName() {
        XCTAssertTrue(Extractor.samePerson("De Soto", "Luis De Soto"))
        XCTAssertTrue(Extractor.samePerson("Erdoğan", "Recep Tayyip Erdogan"))
        XCTAssertFalse(Extractor.samePerson("Soto", "Ana Sotomayor"))
    }

    func testMetonymAndPossessiveAffiliations() {
        let facts = ExtractionProbe.triples("White House spokesman Tom Reed spoke. Peru's top diplomat Ana Soto spoke. King Rami of Jordan spoke.")
        XCTAssertTrue(facts.contains("Tom Reed memberOf United States"), "\(facts)")
        XCTAssertTrue(facts.contains("Ana Soto memberOf Peru"), "\(facts)")
        XCTAssertTrue(facts.contains("King Rami leaderOf Jordan"), "\(facts)")
    }

    func testLaterMentionsResolveToThePerson() {
        let text = """
        Chilean President Marco Vidal arrived in Lima. Vidal praised Peru. Later Mr Vidal condemned Bolivia.
        The Chilean leader also backed Ecuador. He criticized Venezuela.
        """
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.isSuperset(of: ["Marco Vidal leaderOf Chile", "Marco Vidal criticizes Bolivia",
                                            "Marco Vidal supports Ecuador", "Marco Vidal criticizes Venezuela"]), "\(facts)")
    }

    func testTitledLeaderWithoutAStateIsFoundByADescription() {
        let facts = ExtractionProbe.triples("President Omar Haddad spoke first. The Tunisian leader condemned Libya.")
        XCTAssertTrue(facts.contains("Omar Haddad leaderOf Tunisia"), "\(facts)")
        XCTAssertTrue(facts.contains("Omar Haddad criticizes Libya"), "\(facts)")
    }

    func testPossessivePronounOfAStateAndHisCountry() {
        let facts = ExtractionProbe.triples("Norwegian Prime Minister Ola Berg said his country would send aid to Yemen.")
        XCTAssertTrue(facts.contains("Norway aids Yemen"), "\(facts)")
        let its = ExtractionProbe.triples("Brazil has not changed its support for Bolivia.")
        XCTAssertTrue(its.contains("Brazil supports Bolivia"), "\(its)")
    }

    func testDifferentFirstNamesAreDifferentPeople() {
        let e = ExtractionProbe.run("Senator Ann Lowe criticized Mexico. Governor Bob Lowe criticized Ann Lowe.")
        XCTAssertEqual(Set(e.entities.filter { $0.type == .person }.map(\.label)), ["Ann Lowe", "Bob Lowe"])
    }

    func testUnknownNamesStillBecomeActors() {
        let facts = ExtractionProbe.triples("The Harbour Workers Union condemned Dana Pilcher.")
        XCTAssertTrue(facts.contains("Harbour Workers Union criticizes Dana Pilcher"), "\(facts)")
        let e = ExtractionProbe.run("The Harbour Workers Union condemned Dana Pilcher.")
        XCTAssertEqual(e.entities.first { $0.label == "Harbour Workers Union" }?.type, .organization)
        XCTAssertEqual(e.entities.first { $0.label == "Dana Pilcher" }?.type, .person)
    }

    func testGroupsNamedAfterTheirCountry() {
        XCTAssertTrue(ExtractionProbe.triples("Iran armed rebels in Yemen.").contains("Iran aids Yemeni rebels"))
        XCTAssertTrue(ExtractionProbe.triples("Moscow backed pro-Russian separatists.").contains("Russia supports pro-Russian separatists"))
    }

    func testOnlyActorsInFactsAreListed() {
        let e = ExtractionProbe.run("Peru and Chile held elections. Norway condemned Sweden.")
        XCTAssertEqual(Set(e.entities.map(\.label)), ["Norway", "Sweden"])
    }
}

/// Affiliations stated in apposition, forces of a titled leader, agreements in context.
final class ExtractionAppositionTests: XCTestCase {
    func testAppositionsGiveAffiliations() {
        let facts = ExtractionProbe.triples("Ana Soto, Peru's foreign minister, condemned Chile. Omar Haddad, president of Tunisia, met Ana Soto. Lena Berg, the Swedish ambassador to the UN, spoke to Ana Soto.")
        XCTAssertTrue(facts.isSuperset(of: ["Ana Soto memberOf Peru", "Omar Haddad leaderOf Tunisia", "Lena Berg memberOf Sweden", "Ana Soto criticizes Chile"]), "\(facts)")
        XCTAssertFalse(facts.contains("Peru criticizes Chile"), "\(facts)")
        XCTAssertFalse(ExtractionProbe.triples("Ana Soto, the former Peruvian foreign minister, spoke to Chile.").contains("Ana Soto memberOf Peru"))
    }

    func testForcesOfATitledLeaderAreTheState() {
        let facts = ExtractionProbe.triples("Sudanese President Omar Idris's forces attacked Chad.")
        XCTAssertTrue(facts.contains("Sudan attacks Chad"), "\(facts)")
        XCTAssertTrue(facts.contains("Omar Idris leaderOf Sudan"), "\(facts)")
    }

    func testInsultingNamesAreCriticism() {
        XCTAssertTrue(ExtractionProbe.triples("Kenyan President Amara Otieno called Idi Mwangi a dictator.").contains("Amara Otieno criticizes Idi Mwangi"))
        XCTAssertFalse(ExtractionProbe.triples("Kenyan President Amara Otieno called Idi Mwangi a friend.").contains("Amara Otieno criticizes Idi Mwangi"))
    }

    func testAPeaceDealIsNamedAfterItsCountry() {
        let facts = ExtractionProbe.triples("Fighting flared in Yemen again. The peace deal was brokered by Oman.")
        XCTAssertEqual(facts, ["Oman brokers Yemen peace deal"])
    }

    func testCommaListsJoinLikeWithLike() {
        let facts = ExtractionProbe.triples("After speaking at the United Nations, Mr Lee and Mr Kim met.")
        XCTAssertEqual(facts, ["Kim meetsWith Lee"], "\(facts)")
    }
}

/// Headlines, datelines and bare group nouns.
final class ExtractionContextTests: XCTestCase {
    func testTheHeadlineIsReadWithTheNamesOfTheStory() {
        let text = "Otieno and Kato press Mwangi on border\n\nKenyan President Amara Otieno and Ugandan President Joseph Kato met Tanzanian President Idi Mwangi on Monday."
        let facts = ExtractionProbe.triples(text)
        XCTAssertTrue(facts.isSuperset(of: ["Amara Otieno requests Idi Mwangi", "Joseph Kato requests Idi Mwangi"]), "\(facts)")
        let e = ExtractionProbe.run(text)
        XCTAssertEqual(e.document.title, "Otieno and Kato press Mwangi on border")
        let fact = try! XCTUnwrap(e.triples.first { $0.predicate == .requests })
        XCTAssertEqual(fact.evidence.first?.sentence, 0)
    }

    func testAShortSentenceOfNamesIsNoTitleCaseHeadline() {
        let facts = ExtractionProbe.triples("Talks in Lima\n\nAna Ruiz met Marco Vidal in Lima on Monday.")
        XCTAssertTrue(facts.contains("Ana Ruiz meetsWith Marco Vidal"), "\(facts)")
        let headline = ExtractionProbe.triples("Talks in Lima\n\nAna Ruiz Meets Marco Vidal In Lima On Monday\n\nThe talks went on.")
        XCTAssertFalse(headline.contains("Ana Ruiz meetsWith Marco Vidal"), "a Title Case line names nobody: \(headline)")
    }

    func testGeorgiaAfterAUSTitleIsTheUSState() {
        let us = ExtractionProbe.triples("Republican committee member Ana Ruiz of Georgia said the vote was unfair.")
        XCTAssertTrue(us.contains("Ana Ruiz memberOf United States"), "\(us)")
        XCTAssertFalse(us.contains("Ana Ruiz memberOf Georgia"), "\(us)")
        let country = ExtractionProbe.triples("Prime Minister Ana Ruiz of Georgia met Marco Vidal on Monday.")
        XCTAssertTrue(country.contains("Ana Ruiz leaderOf Georgia"), "\(country)")
    }

    func testAQuotedTitleIsNoPerson() {
        let facts = ExtractionProbe.triples("Prizes in Lima\n\nMarco Vidal praised \"Andean Dawn\" on Friday. Ana Ruiz praised Tomas Lind on Friday.")
        XCTAssertFalse(facts.contains("Marco Vidal supports Andean Dawn"), "\(facts)")
        XCTAssertTrue(facts.contains("Ana Ruiz supports Tomas Lind"), "\(facts)")
    }

    func testAWireDatelineIsArticleText() {
        let e = ExtractionProbe.run("Talks resume\n\nNAIROBI, March 3, 2016 (Reuters) - Kenya condemned Uganda on Thursday.")
        XCTAssertEqual(e.document.date, "2016-03-03")
        XCTAssertTrue(ExtractionProbe.lines(e).contains("Kenya criticizes Uganda"))
    }

    func testTheRebelsAreTheLastRebelsNamed() {
        let facts = ExtractionProbe.triples("Iran armed rebels in Yemen last year. Saudi Arabia bombed the rebels in March.")
        XCTAssertTrue(facts.contains("Saudi Arabia attacks Yemeni rebels"), "\(facts)")
    }
}

/// Honorifics, names in apposition to a title, lifted sanctions, coordinated clauses after speech.
final class ExtractionTitleVariantTests: XCTestCase {
    func testHonorificAfterTheTitle() {
        let facts = ExtractionProbe.triples("Iranian Supreme Leader Ayatollah Reza Tabrizi condemned Israel.")
        XCTAssertTrue(facts.isSuperset(of: ["Reza Tabrizi leaderOf Iran", "Reza Tabrizi criticizes Israel"]), "\(facts)")
    }

    func testNameInAppositionToATitle() {
        let facts = ExtractionProbe.triples("The African Union's peace envoy, Amina Diallo, met Sudan.")
        XCTAssertTrue(facts.contains("Amina Diallo memberOf African Union"), "\(facts)")
    }

    func testLiftingSanctionsIsNoSanction() {
        XCTAssertEqual(ExtractionProbe.facts("The EU will lift sanctions on Belarus."), ["European Union NOT sanctions Belarus [planned]"])
    }

    func testVerbAfterCommaAndBelongsToTheSpeaker() {
        let facts = ExtractionProbe.triples("Iranian President Reza Tabrizi said Iran would never yield, and accused Israel of lying.")
        XCTAssertTrue(facts.contains("Reza Tabrizi criticizes Israel"), "\(facts)")
    }
}

/// Family names first, shared intelligence.
final class ExtractionNameOrderTests: XCTestCase {
    func testFamilyNameFirstIsFoundByItsFirstToken() {
        let facts = ExtractionProbe.triples("Leader Pak Song-chol spoke. Later Mr Pak condemned Japan.")
        XCTAssertTrue(facts.contains("Pak Song-chol criticizes Japan"), "\(facts)")
    }

    func testStatesThatShareIntelligenceCooperate() {
        XCTAssertEqual(ExtractionProbe.triples("Tokyo and Seoul agreed to share intelligence."), ["Japan cooperatesWith South Korea"])
    }
}

/// Months as surnames, recency of description antecedents.
final class ExtractionSurnameTests: XCTestCase {
    func testAMonthAfterAFirstNameIsASurname() {
        let facts = ExtractionProbe.facts("British Prime Minister Theresa May met Irish Taoiseach Leo Varadkar in May.")
        XCTAssertTrue(facts.isSuperset(of: ["Theresa May leaderOf United Kingdom", "Leo Varadkar meetsWith Theresa May"]), "\(facts)")
    }

    func testADescriptionFarFromAnyNameStaysUnresolved() {
        let text = "Ana Lopez wrote a book. It sold well. Critics liked it. Readers agreed. Later the Chilean president condemned Peru."
        XCTAssertFalse(ExtractionProbe.triples(text).contains("Ana Lopez leaderOf Chile"))
    }
}

/// Lone surnames where people act, and forces owned through a pronoun.
final class ExtractionLoneNameTests: XCTestCase {
    func testALoneNameNextToASpeechVerbOrMeetingIsAPerson() {
        let facts = ExtractionProbe.triples("Israeli Prime Minister Avi Cohen, who met Ivanov in Moscow, spoke.")
        XCTAssertTrue(facts.contains("Avi Cohen meetsWith Ivanov") || facts.contains("Ivanov meetsWith Avi Cohen"), "\(facts)")
        XCTAssertEqual(ExtractionProbe.triples("Officials in Kyoto met on Monday."), [])
    }

    func testItsAirDefencesAreTheState() {
        XCTAssertTrue(ExtractionProbe.triples("Damascus said its air defences shot down Israeli jets.").contains("Syria attacks Israel"))
    }
}

/// "the regime" after a named regime.
final class ExtractionRegimeTests: XCTestCase {
    func testTheRegimeIsTheLastStateCalledARegime() {
        XCTAssertTrue(ExtractionProbe.triples("The Syrian regime lost ground. Later the regime attacked Turkey.").contains("Syria attacks Turkey"))
        XCTAssertEqual(ExtractionProbe.triples("Later the regime attacked Turkey."), [])
    }
}

/// A constituency between a title and a name.
final class ExtractionConstituencyTests: XCTestCase {
    func testTheConstituencyAfterATitleIsNoPartOfTheName() {
        let facts = ExtractionProbe.triples("Kenyan Senator from Nairobi Amara Otieno criticized Uganda.")
        XCTAssertTrue(facts.contains("Amara Otieno criticizes Uganda"), "\(facts)")
        XCTAssertFalse(facts.contains("Kenya criticizes Uganda"), "\(facts)")
    }
}

/// A sentence of many names is no headline when a long word in it is lower case.
final class HeadlineCaseTests: XCTestCase {
    func testALowerCaseVerbAmongNamesIsNoHeadline() {
        let found = ExtractionProbe.triples("Presidents Ana Ruiz of Chile and Marco Vidal of Peru signed the Andean Water Treaty.")
        XCTAssertTrue(found.isSuperset(of: ["Ana Ruiz leaderOf Chile", "Marco Vidal leaderOf Peru", "Ana Ruiz supports Andean Water Treaty"]), "\(found)")
    }
}
