/// Words that signal a predicate: verbs (by lemma), nouns with the preposition that
/// introduces their object, titles that make a person a leader or a member, and the
/// closed-class words the rules look at. Built once; immutable afterwards.
enum CueLexicon {
    /// A verb that signals a predicate.
    struct VerbCue: Sendable {
        var predicate: Predicate
        /// A word that must follow the verb ("call on", "take over", "side with").
        var particle: String?
        /// "X and Y met" states the relation between X and Y.
        var reciprocal: Bool
        /// Prepositions that may introduce the object; `nil`: the predicate's defaults.
        var preps: [String]?
    }

    /// Prepositions that may introduce the object of a verb of each predicate
    /// ("" stands for a direct object).
    static func defaultPreps(_ p: Predicate) -> [String] {
        switch p {
        case .meetsWith: return ["", "with", "to"]
        case .cooperatesWith: return ["with"]
        case .aids: return ["", "to", "into"]
        case .attacks: return ["", "against", "on"]
        case .sanctions: return ["", "against", "on"]
        case .requests: return ["", "to"]
        default: return [""]
        }
    }

    /// A noun that signals a predicate when its object follows one of `preps`.
    struct NounCue: Sendable {
        var predicate: Predicate
        var preps: [String]
    }

    // lemma|predicate|particle|r (reciprocal)|prepositions that introduce the object ("-" = direct)
    static let verbRows = """
    support|supports||
    back|supports||
    endorse|supports||
    defend|supports||
    shield|supports||
    protect|supports||
    champion|supports||
    bolster|supports||
    prop|supports|up|
    side|supports|with|
    stick|supports|||with;by;to
    stand|supports|by|
    help|supports||
    assist|supports||
    embrace|supports||
    oppose|opposes||
    reject|opposes||
    resist|opposes||
    unseat|opposes||
    oust|opposes||
    replace|opposes||
    depose|opposes||
    topple|opposes||
    overthrow|opposes||
    denounce|criticizes||
    criticize|criticizes||
    criticise|criticizes||
    condemn|criticizes||
    accuse|criticizes||
    blame|criticizes||
    allege|criticizes||
    dismiss|criticizes|||-;from;of;by
    mock|criticizes||
    slam|criticizes||
    rebuke|criticizes||
    lambast|criticizes||
    lambaste|criticizes||
    castigate|criticizes||
    chastise|criticizes||
    decry|criticizes||
    censure|criticizes||
    ridicule|criticizes||
    deride|criticizes||
    brand|criticizes||
    spar|criticizes||r
    clash|criticizes||r
    warn|criticizes||
    threaten|threatens||
    lash|criticizes|out||at
    speak|criticizes|out||against
    hit|criticizes|out||at
    retaliate|attacks|||against
    intimidate|threatens||
    meet|meetsWith||r
    talk|meetsWith||r|with;to
    speak|meetsWith||r|with;to
            hold|meetsWith|talks|r
    confer|meetsWith||r|with
    consult|meetsWith||r|-;with
    host|meetsWith||
    phone|meetsWith||
    telephone|meetsWith||
    discuss|meetsWith||r|with
    urge|requests||
    demand|requests|||-;from;of
    count|requests|on|
    ask|requests||
    press|requests||
    call|requests|on|
    appeal|requests|to|
    implore|requests||
    pressure|requests||
    pressurise|requests||
    pressurize|requests||
    encourage|requests||
    cooperate|cooperatesWith||r
    share|cooperatesWith||r|with
    sign|cooperatesWith||r|with
    agree|cooperatesWith||r|with
    join|cooperatesWith|forces|r|with
    strengthen|supports||
    co-operate|cooperatesWith||r
    collaborate|cooperatesWith||r
    coordinate|cooperatesWith||r|with
    co-ordinate|cooperatesWith||r|with
    partner|cooperatesWith||r|with
    outlaw|sanctions||
    ally|cooperatesWith||r|with
    work|cooperatesWith||r|with;alongside
    team|cooperatesWith|up|r
    arm|aids||
    supply|aids||
    equip|aids||
    train|aids||
    fund|aids||
    finance|aids||
    provide|aids||
    give|aids|||-;to
    send|aids|||to
    deliver|aids|||-;to
    ship|aids|||to
    deploy|aids|||to
    dispatch|aids|||to
    aid|aids||
    broker|brokers||
    mediate|brokers||
    negotiate|brokers||
    sponsor|brokers||
    attack|attacks||
    bomb|attacks||
    bombard|attacks||
    strike|attacks||
    shell|attacks||
    invade|attacks||
    fight|attacks||
    battle|attacks||
    combat|attacks||
    kill|attacks||
    shoot|attacks|down|
    target|attacks||
    raid|attacks||
    pound|attacks||
    assault|attacks||
    defeat|attacks||
    destroy|attacks||
    confront|attacks||
    hit|attacks||
    sanction|sanctions||
    embargo|sanctions||
    expel|sanctions||
    isolate|sanctions||
    punish|sanctions||
    blacklist|sanctions||
    ban|sanctions||
    restrict|sanctions||
    designate|sanctions||
    annex|occupies||
    occupy|occupies||
    seize|occupies||
    capture|occupies||
    conquer|occupies||
    take|occupies|over|
    """

    // noun|predicate|prepositions
    static let nounRows = """
    support|supports|for;to
    backing|supports|for;of
    endorsement|supports|of
    ally|supports|of
    allies|supports|of
    opposition|opposes|to
    criticism|criticizes|of
    condemnation|criticizes|of
    threat|threatens|to;against
    threats|threatens|to;against
    meeting|meetsWith|with
    meetings|meetsWith|with
    talks|meetsWith|with
    negotiations|meetsWith|with
    summit|meetsWith|with
    call|meetsWith|with
    conversation|meetsWith|with
    dialogue|meetsWith|with
    consultations|meetsWith|with
    contacts|meetsWith|with
    cooperation|cooperatesWith|with
    co-operation|cooperatesWith|with
    partnership|cooperatesWith|with
    alliance|cooperatesWith|with
    aid|aids|to;for
    assistance|aids|to;for
    weapons|aids|to;for
    arms|aids|to;for
    funding|aids|to;for
    training|aids|for;of
    clashes|attacks|with
    strikes|attacks|against;on
    strike|attacks|against;on
    airstrikes|attacks|against;on
    airstrike|attacks|against;on
    attacks|attacks|against;on
    attack|attacks|against;on
    raids|attacks|against;on
    campaign|attacks|against
    fight|attacks|against
    war|attacks|against;on;with
    battle|attacks|against;with
    offensive|attacks|against;on;into
    action|attacks|against
    operations|attacks|against
    bombing|attacks|of;against
    bombardment|attacks|of
    invasion|attacks|of;into
    sanctions|sanctions|on;against
    embargo|sanctions|on;against
    warrant|sanctions|for;against
    warrants|sanctions|for;against
    restrictions|sanctions|on;against
    ban|sanctions|on;against
    blockade|sanctions|on;of;against
    agreement|cooperatesWith|with
    deal|cooperatesWith|with
    accord|cooperatesWith|with
    pact|cooperatesWith|with
    incursion|attacks|into;against;on
    annexation|occupies|of
    occupation|occupies|of
    takeover|occupies|of
    seizure|occupies|of
    """

    static let verbs: [String: [VerbCue]] = {
        var map: [String: [VerbCue]] = [:]
        for line in verbRows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharactersInSpaces() }
            guard f.count >= 4, let p = Predicate(rawValue: f[1]) else { continue }
            let preps = f.count > 4 && !f[4].isEmpty ? f[4].split(separator: ";").map { $0 == "-" ? "" : String($0) } : nil
            map[f[0], default: []].append(VerbCue(predicate: p, particle: f[2].isEmpty ? nil : f[2], reciprocal: f[3] == "r", preps: preps))
        }
        // Cues with a particle are tried first.
        for k in map.keys { map[k]!.sort { ($0.particle != nil ? 0 : 1) < ($1.particle != nil ? 0 : 1) } }
        return map
    }()

    static let nouns: [String: NounCue] = {
        var map: [String: NounCue] = [:]
        for line in nounRows.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharactersInSpaces() }
            guard f.count >= 3, let p = Predicate(rawValue: f[1]) else { continue }
            map[f[0]] = NounCue(predicate: p, preps: f[2].split(separator: ";").map(String.init))
        }
        return map
    }()

    static let irregular: [String: String] = [
        "met": "meet", "fought": "fight", "struck": "strike", "stricken": "strike", "sought": "seek", "took": "take",
        "taken": "take", "spoke": "speak", "spoken": "speak", "gave": "give", "given": "give", "sent": "send",
        "held": "hold", "stood": "stand", "stuck": "stick", "shot": "shoot", "hit": "hit", "hits": "hit",
        "hitting": "hit", "led": "lead", "banned": "ban", "banning": "ban", "said": "say", "told": "tell", "threw": "throw", "thrown": "throw",
        "brought": "bring", "won": "win", "beat": "beat", "beaten": "beat", "fed": "feed", "bore": "bear",
        "slammed": "slam", "slamming": "slam", "shelled": "shell", "shelling": "shell", "allied": "ally",
        "allies": "ally", "teamed": "team", "armed": "arm", "arming": "arm", "arms": "arm", "backed": "back",
        "backing": "back", "equipped": "equip", "equipping": "equip", "targeted": "target", "targeting": "target",
        "targetted": "target", "targetting": "target", "embargoed": "embargo", "expelled": "expel", "expelling": "expel",
        "annexed": "annex", "annexing": "annex", "bombed": "bomb", "bombing": "bomb", "phoned": "phone",
        "sparred": "spar", "sparring": "spar", "shipped": "ship", "shipping": "ship", "partnered": "partner",
        "lambasted": "lambast", "mocked": "mock", "mocking": "mock", "rebuked": "rebuke", "toppled": "topple",
        "branded": "brand", "branding": "brand", "propped": "prop", "propping": "prop", "pressed": "press",
        "pressing": "press", "funded": "fund", "funding": "fund", "aided": "aid", "aiding": "aid",
    ]

    /// The verb cues of a word form, trying its possible lemmas.
    static func verbCues(_ word: String) -> [VerbCue]? {
        if let lemma = irregular[word] { return verbs[lemma] }
        if let hit = verbs[word] { return hit }
        let u = Array(word.utf8)
        let n = u.count
        guard n > 3 else { return nil }
        func attempt(_ drop: Int, _ add: String = "") -> [VerbCue]? {
            guard n - drop >= 2 else { return nil }
            let stem = String(decoding: u[0..<(n - drop)], as: UTF8.self) + add
            return verbs[stem]
        }
        if word.hasSuffix("ies") || word.hasSuffix("ied") { return attempt(3, "y") }
        if word.hasSuffix("ing") {
            if let v = attempt(3) { return v }
            if let v = attempt(3, "e") { return v }
            if n > 5 && u[n - 4] == u[n - 5] { return attempt(4) }
            return nil
        }
        if word.hasSuffix("ed") {
            if let v = attempt(2) { return v }
            if let v = attempt(1) { return v }
            if n > 4 && u[n - 3] == u[n - 4] { return attempt(3) }
            return nil
        }
        if word.hasSuffix("es") { if let v = attempt(2) { return v } }
        if word.hasSuffix("s") { return attempt(1) }
        return nil
    }

    // MARK: Titles

    /// Titles that make the person the leader of the actor they name.
    static let leaderTitles: [String] = [
        "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir", "amir", "sultan",
        "supreme leader", "leader", "head of state", "head of government", "dictator", "monarch", "pm", "crown prince",
        "secretary-general", "secretary general", "director-general", "director general", "chief", "head",
        "chairman", "chairwoman", "chairperson", "chair", "chief executive", "director", "executive director", "managing director", "commander-in-chief", "grand ayatollah", "ayatollah", "taoiseach", "shah", "tsar",
    ]
    /// Titles that make the person a member of the actor they name.
    static let memberTitles: [String] = [
        "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
        "deputy foreign minister", "deputy prime minister", "deputy commander", "deputy head", "deputy leader", "deputy chief", "minister", "secretary of state", "defence secretary",
        "defense secretary", "foreign secretary", "home secretary", "secretary", "deputy", "vice president",
        "vice-president", "spokesman", "spokeswoman", "spokesperson", "press secretary", "ambassador", "envoy",
        "special envoy", "diplomat", "top diplomat", "official", "senior official", "general", "commander",
        "senator", "lawmaker", "mp", "speaker", "prosecutor", "prosecutor general", "special representative", "congressman", "congresswoman", "adviser", "advisor", "national security adviser",
        "aide", "negotiator", "representative", "chief of staff", "attorney general",
        "lieutenant general", "major general", "admiral", "colonel", "army chief", "military chief", "intelligence chief",
        "foreign policy chief", "member", "delegate", "counterpart", "press secretary", "cabinet minister", "commissioner",
        // Elected but not yet in office: of the state, not yet its leader.
        "president-elect", "prime minister-elect", "vice president-elect",
    ]

    /// Nouns of acts a state's adjective owns: "the Turkish offensive", "Russian support".
    static let actNouns: Set<String> = [
        "offensive", "attack", "attacks", "airstrike", "airstrikes", "strike", "strikes", "invasion", "incursion",
        "bombing", "bombings", "shelling", "sanctions", "embargo", "blockade", "control", "occupation", "pressure",
        "support", "backing", "aid", "assistance", "criticism", "condemnation", "intervention", "aggression",
        "threat", "threats", "annexation", "takeover", "involvement",
    ]

    /// Words that join phrases and so cannot modify a title ("A and energy minister B").
    static let conjunctions: Set<String> = ["and", "or", "but", "nor"]

    /// Last words of titles that are offices of a state's government, so that a bearer with no
    /// state named serves the state the story is about ("Senator A", "energy minister B").
    static let governmentTitleHeads: Set<String> = [
        "minister", "secretary", "senator", "ambassador", "envoy", "diplomat", "lawmaker", "congressman",
        "congresswoman", "adviser", "advisor", "negotiator", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Head nouns of member titles that take free modifiers ("foreign affairs minister").
    static let titleHeads: Set<String> = ["commissioner", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "official", "adviser", "advisor", "negotiator", "commander"]

    /// Things sent that are no material help ("sent a letter to").
    static let messageNouns: Set<String> = ["letter", "letters", "message", "messages", "note", "signal", "signals", "invitation", "request", "greetings", "condolences", "email", "tweet", "warning", "delegation", "envoy", "congratulations", "text",
        "bill", "bills", "proposal", "proposals", "draft", "report", "documents", "invitations", "questions", "reply", "response"]

    /// What one gives as an honour, a courtesy or a count, not as aid ("gave him an award", "giving him six votes").
    static let honourNouns: Set<String> = [
        "award", "awards", "prize", "prizes", "medal", "medals", "honor", "honour", "honors", "honours", "trophy", "title",
        "credit", "interview", "interviews", "vote", "votes", "gift", "gifts", "book", "books", "speech", "tour", "welcome",
        "nod", "endorsement", "applause", "praise", "thanks", "tribute",
    ]

    /// Title phrases as token sequences, longest first, with whether they lead.
    static let titles: [String: [(tokens: [String], leads: Bool)]] = {
        var map: [String: [(tokens: [String], leads: Bool)]] = [:]
        for (list, leads) in [(leaderTitles, true), (memberTitles, false)] {
            for phrase in list {
                let tokens = phrase.split(separator: " ").map(String.init)
                map[tokens[0], default: []].append((tokens, leads))
            }
        }
        for k in map.keys { map[k]!.sort { $0.tokens.count > $1.tokens.count } }
        return map
    }()

    // MARK: Closed classes

    static let governmentNouns: Set<String> = [
        "government", "governments", "agents", "operatives", "spies", "military", "militaries", "forces", "force", "troops", "army", "armies", "navy",
        "authorities", "regime", "officials", "official", "jets", "warplanes", "aircraft", "planes", "bombers",
        "leadership", "administration", "ministry", "diplomats", "diplomacy", "soldiers", "boots", "intelligence",
        "embassy", "side", "delegation", "parliament", "state", "ambassador", "envoy", "consulate", "security", "warships", "submarines", "missiles",
        "helicopters", "drones", "commanders", "generals", "police", "coastguard", "cabinet", "president", "leaders",
        "behaviour", "behavior", "action", "actions", "campaign", "operation", "operations", "involvement",
        "intervention", "strikes", "airstrikes", "aviation", "air", "ground", "special", "armed", "defence", "defense",
        "foreign", "interior", "state-run", "state-owned", "media", "people", "economy", "policy", "buildup", "build-up",
        "presence", "deployment", "efforts", "effort", "support", "backing", "aid", "help", "fighter", "fighters",
        "partners", "partner", "allies", "counterpart", "counterparts", "colleague", "colleagues", "friends",
        "territory", "soil", "airspace", "border", "positions", "targets", "bases", "base", "waters", "navy's",
        "airstrike", "strike", "attack", "attacks", "raid", "raids", "offensive", "incursion", "invasion", "bombing",
        "bombings", "shelling", "pressure", "interference", "aggression", "meddling",
    ]

    /// Craft a state owns or flags, after one modifier ("a Chilean passenger jet", "Iranian oil tankers").
    static let vehicleNouns: Set<String> = [
        "jet", "jets", "plane", "planes", "airliner", "aircraft", "ship", "ships", "vessel", "vessels", "tanker", "tankers",
        "warship", "warships", "drone", "drones", "helicopter", "helicopters", "boat", "boats",
    ]

    /// Nouns that stay inside a demonym's mention: "Syrian government forces".
    static let headNouns: Set<String> = [
        "government", "military", "forces", "troops", "army", "navy", "authorities", "regime", "officials", "jets",
        "warplanes", "aircraft", "soldiers", "diplomats", "police", "leadership", "administration", "ministry",
        "delegation", "security", "armed", "special", "air", "ground", "naval", "defence", "defense", "foreign",
    ]

    /// Nouns that make "X's NOUN" or "the X NOUN" the state X leads: "Assad's forces", "the Obama administration".
    static let forceNouns: Set<String> = ["forces", "army", "military", "government", "regime", "administration", "troops", "cabinet", "soldiers", "navy", "jets", "warplanes"]

    /// Names that make "called X a NOUN" a criticism.
    static let insults: Set<String> = [
        "tyrant", "dictator", "terrorist", "terrorists", "criminal", "criminals", "murderer", "murderers", "butcher",
        "thug", "thugs", "liar", "menace", "killer", "killers", "aggressor", "pariah", "despot", "fascist", "fascists",
        "nazi", "nazis", "traitor", "traitors", "puppet", "bully", "disgrace", "failure", "threat", "enemy",
    ]

    static let groupNouns: [String: String] = [
        "rebels": "rebels", "rebel": "rebels", "opposition": "rebels", "insurgents": "rebels", "insurgency": "rebels",
        "separatists": "separatists", "separatist": "separatists",
    ]

    static let prepositions: Set<String> = [
        "of", "in", "for", "with", "against", "to", "from", "at", "on", "about", "over", "by", "into", "alongside",
        "between", "among", "including", "like", "than", "toward", "towards", "across", "through", "under", "within",
        "without", "after", "before", "during", "near", "via", "as", "besides", "behind", "around", "inside",
    ]

    static let objectBarriers: Set<String> = [
        ".", ";", ":", "?", "!", "but", "while", "although", "though", "because", "whereas", "who", "which", "whom",
        "whose", "where", "when", "said", "says", "say", "if", "unless", "since", "so", "(", ")", "--",
    ]

    static let subjectBarriers: Set<String> = [
        ";", ":", "?", "!", "--", "but", "because", "although", "whereas", "if", "unless", "(", ")", "that",
        // "Erdogan said the operation targets the YPG": an embedded clause has its own subject.
        "said", "says", "say", "told", "tells", "believes", "thinks",
    ]

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets", "getting"]

    static let negators: Set<String> = ["not", "n't", "never", "no", "neither", "nor", "without", "cannot"]
    static let negatingVerbs: Set<String> = [
        "refused", "refuses", "refuse", "refusing", "failed", "fails", "fail", "failing", "declined", "declines",
        "decline", "declining", "stopped", "ceased", "halted", "ended", "abandoned", "dropped", "rejected",
        "denied", "denies", "deny", "denying", "suspended", "suspends", "suspend",
        "withdrew", "withdraws", "withdraw", "withdrawing", "exited", "quit", "quits", "withholding", "withheld",
        "withhold", "withholds", "freezing", "froze", "frozen", "freeze",
        "unable", "reluctant", "unwilling", "hesitant", "loath", "averse",
        "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "scrap", "scrapped", "relax", "relaxed",
    ]
    static let possibleWords: Set<String> = [
        "may", "might", "could", "considering", "consider", "considers", "considered", "mulling", "mull", "weighing",
        "weigh", "possibly", "possible", "perhaps", "potentially", "open", "allegedly", "reportedly", "suggested",
        "exploring", "explore", "contemplating", "contemplate",
    ]
    static let plannedWords: Set<String> = [
        "will", "'ll", "would", "shall", "plan", "plans", "planned", "planning", "intend", "intends", "intended",
        "intending", "agreed", "agree", "agrees", "ready", "set", "expected", "promised", "promise", "promises",
        "vowed", "vow", "vows", "pledged", "pledge", "pledges", "aim", "aims", "going", "prepared", "preparing",
        "decided", "determined", "proposed", "propose", "proposes", "scheduled",
    ]

    static let subjectPronouns: Set<String> = ["he", "she", "him", "his", "her"]
    static let thingPronouns: Set<String> = ["it", "its"]

    static let nameStopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these",
        "those", "there", "here", "when", "while", "after", "before", "if", "in", "mr", "mrs", "ms", "dr", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "but", "so", "yet", "also", "asked", "according",
        "speaking", "addressing", "meanwhile", "however", "earlier", "later", "last", "next", "both", "all", "some",
        "many", "most", "multiple", "several", "numerous", "various", "few", "other", "another", "such", "what", "which", "who", "why", "how", "where", "despite",
        "although", "though", "since", "until", "because", "once", "under", "over", "about", "instead", "now",
        "then", "today", "yesterday", "tomorrow", "not", "no", "yes", "new", "updated", "read", "more", "breaking",
        "russian", "american", "western", "european", "islamic", "muslim", "christian", "jewish", "arab", "sunni",
        "shia", "shiite", "kurdish", "god", "allah", "internet", "covid-19", "coronavirus", "wikinews", "twitter",
        "facebook", "reuters", "associated", "press", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "former",
        "actor", "actress", "singer", "singer-songwriter", "songwriter", "author", "writer", "poet", "novelist",
        "journalist", "reporter", "musician", "rapper", "comedian", "director", "producer", "executive", "officer",
        "officers", "sitting", "late", "judge", "justice", "professor", "dr.", "captain", "coach", "player", "star",
        "footballer", "cricketer", "athlete", "businessman", "businesswoman", "billionaire", "tycoon", "activist",
        "lawyer", "attorney", "candidate", "nominee", "spokesman", "spokeswoman", "police", "detective", "sergeant",
        "constable", "inspector", "typhoon", "hurricane", "storm", "cyclone", "tropical", "longtime", "born",
        "veteran", "roman", "catholic", "mayor", "governor", "gov", "gov.", "afterwards", "afterward", "separately",
        "additionally", "instead", "previously", "finally", "initially", "subsequently", "ultimately", "eventually",
        "currently", "recently", "reportedly", "allegedly", "apparently", "nevertheless", "nonetheless", "furthermore",
        "moreover", "still", "thus", "hence", "indeed", "did", "does", "do", "will", "can", "could", "would", "should",
        "is", "are", "was", "were", "has", "have", "had", "women", "men", "democrats", "republicans",
        "conservatives", "liberals", "tories", "socialists", "communists", "islamists", "jihadists", "militants", "unlike", "like", "following", "during", "amid", "among", "bishop", "cardinal", "pope", "rev", "reverend", "sheikh", "sir", "dame", "lord", "lady",
    ]

    /// Last words that make a capitalised name an organization or a place rather than a person.
    static let organizationHeads: Set<String> = [
        "council", "assembly", "nations", "ministry", "party", "university", "agency", "bank", "court", "committee",
        "forces", "army", "union", "front", "group", "organization", "organisation", "institute", "foundation",
        "company", "inc", "corp", "association", "federation", "commission", "department", "office", "service",
        "times", "post", "news", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "magazine", "mail", "express", "mirror", "observer", "guardian", "inquirer", "examiner", "courier", "globe", "radio", "television", "network", "airlines", "airways", "club", "league", "alliance", "movement",
        "brigade", "brigades", "guard", "guards", "police", "parliament", "congress", "senate", "fund", "program",
        "programme", "corporation", "authority", "corps", "force", "air", "board", "centre", "center", "academy", "school", "hospital", "forum", "observatory", "society", "trust", "coalition",
    ]
    /// Last words that make a capitalised name a thing, an event or a text, never a person:
    /// "Election Day", "Economic Bill", "the Bernie and Sid Show", "CentOS Stream".
    static let thingHeads: Set<String> = [
        "day", "week", "bill", "act", "law", "show", "podcast", "stream", "festival", "awards", "award", "prize",
        "cup", "championship", "championships", "series", "album", "film", "movie", "tour", "games", "olympics",
        "summit", "conference", "report", "doctrine", "plan", "program", "programme", "initiative",
        "project", "campaign", "operation", "strategy", "policy", "index", "fund", "pipeline", "protocol",
        "declaration", "resolution", "amendment", "constitution", "code", "virus", "pandemic", "hurricane",
        "revolution", "war", "uprising", "crisis", "massacre", "genocide", "scandal", "referendum", "election", "elections",
    ]

    static let placeHeads: Set<String> = [
        "city", "street", "island", "islands", "sea", "river", "ocean", "mountains", "airport", "province", "region",
        "state", "county", "district", "square", "palace", "valley", "bay", "gulf", "peninsula", "strait", "coast",
        "heights", "hall", "house", "park", "station", "base", "port", "lake", "desert", "road", "bridge", "beach",
    ]
}
