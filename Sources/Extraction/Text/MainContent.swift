/// Finds the article in a parsed web page, the way readability-style extractors do,
/// and returns its text, one block per line, each scalar with its offset in the page.
///
/// 1. Page furniture goes: elements that are never prose (`nav`, `aside`, `footer`,
///    `header`, `form`, `figure`, `script`…), ARIA landmarks other than the main one,
///    hidden elements, and elements whose class or id names furniture ("related",
///    "most-read", "comments", "share", "newsletter", "cookie", "byline", "caption"…).
/// 2. The body is the element marked `itemprop="articleBody"` when there is one;
///    else paragraphs score their ancestors (one point, one per comma, one per 100
///    characters up to three), `article` and `main` and classes such as
///    "article-body" weigh in, each score shrinks with the share of its text that is
///    link text, and the best element wins, with those of its siblings that score
///    near it or read as prose.
/// 3. Inside the body, lists and blocks that are mostly links are dropped.
/// The headline (the first `h1`, else `<title>`) comes first when the body lacks it.
struct MainContent {
    let tree: HTMLTree
    private(set) var removed: [Bool]

    init(_ tree: HTMLTree) {
        self.tree = tree
        removed = Array(repeating: false, count: tree.nodes.count)
        markFurniture()
    }

    // MARK: Furniture

    static let furnitureTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form",
        "button", "select", "input", "textarea", "label", "nav", "footer", "aside", "header", "figure",
        "figcaption", "dialog", "menu", "address", "picture", "video", "audio", "map", "amp-ad", "amp-sidebar",
        "amp-social-share", "amp-consent", "amp-img", "amp-analytics",
    ]
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert", "form",
    ]
    /// Furniture words found anywhere in a class or id ("mostReadBox", "article-comments").
    static let furnitureStems = [
        "comment", "related", "recirc", "recommend", "popular", "mostread", "most-read", "most_read", "trending",
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "sign-up", "cookie",
        "consent", "gdpr", "promo", "advert", "sponsor", "sidebar", "breadcrumb", "byline", "caption", "footer",
        "navbar", "navigation", "outbrain", "taboola", "paywall", "disqus", "readmore", "read-more", "morestories",
        "more-stories", "topnews", "top-stories", "newsfeed", "livefeed", "ticker",
    ]
    /// Furniture words that must be a whole part of a class or id ("ad", "nav" in "main-nav").
    static let furnitureParts: Set<String> = [
        "ad", "ads", "nav", "menu", "tag", "tags", "topics", "header", "masthead", "author", "authors", "credit",
        "credits", "meta", "tools", "hidden", "skip", "rail", "alert", "teaser", "teasers", "cta", "login",
        "print", "rss", "pager", "pagination", "widget", "modal", "popup", "toolbar", "banner", "aside",
        "dateline", "timestamp", "date", "sr-only", "visually-hidden", "offscreen", "overlay", "more", "also",
    ]
    /// Words of a class or id that mark the article.
    static let articleWords = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]

    /// Whether a class or id value names page furniture.
    static func namesFurniture(_ value: String) -> Bool {
        let lower = value.lowercased()
        if lower.isEmpty { return false }
        for name in lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            // "commentary" is an article kind, not reader comments.
            let n = name.replacingOccurrences(of: "commentary", with: "")
            for stem in furnitureStems where n.contains(stem) { return true }
            for part in n.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" }) where furnitureParts.contains(String(part)) {
                return true
            }
            if furnitureParts.contains(n) { return true }
        }
        return false
    }

    private static func isArticleBody(_ node: HTMLTree.Node) -> Bool {
        (node.attributes["itemprop"] ?? "").lowercased().split(separator: " ").contains("articlebody")
    }

    private mutating func markFurniture() {
        for (index, node) in tree.nodes.enumerated() where !node.isText && index > 0 {
            if node.parent >= 0, removed[node.parent] { removed[index] = true; continue }
            removed[index] = isFurniture(node)
        }
    }

    private func isFurniture(_ node: HTMLTree.Node) -> Bool {
        if MainContent.isArticleBody(node) { return false }
        if MainContent.furnitureTags.contains(node.name) { return true }
        let a = node.attributes
        if let role = a["role"]?.lowercased(), MainContent.furnitureRoles.contains(role) { return true }
        if a["hidden"] != nil || a["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = a["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if ["html", "body", "main", "article"].contains(node.name) { return false }
        return MainContent.namesFurniture(a["class"] ?? "") || MainContent.namesFurniture(a["id"] ?? "")
    }

    // MARK: Text measures

    /// Visible text length and link text length below `index`, furniture left out.
    private func lengths(_ index: Int) -> (text: Int, links: Int, commas: Int) {
        var text = 0, links = 0, commas = 0
        var stack: [(Int, Bool)] = [(index, tree.nodes[index].name == "a")]
        while let top = stack.popLast() {
            let (i, inLink) = top
            let node = tree.nodes[i]
            if node.isText {
                var count = 0
                for c in node.text where !c.properties.isWhitespace {
                    count += 1
                    if c == "," || c == "\u{FF0C}" || c == "\u{3001}" { commas += 1 }
                }
                text += count
                if inLink { links += count }
                continue
            }
            if removed[i] && i != index { continue }
            for c in node.children { stack.append((c, inLink || tree.nodes[c].name == "a")) }
        }
        return (text, links, commas)
    }

    private func linkDensity(_ index: Int) -> Double {
        let l = lengths(index)
        return l.text == 0 ? 0 : Double(l.links) / Double(l.text)
    }

    private static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "blockquote", "hr", "main", "dd", "dt", "dl", "pre", "br", "body", "html", "center",
    ]

    // MARK: Scoring

    /// The elements that hold the article, in document order.
    func bodyElements() -> [Int] {
        if let marked = tree.nodes.indices.first(where: { !removed[$0] && MainContent.isArticleBody(tree.nodes[$0]) }),
           lengths(marked).text >= 80 {
            return [marked]
        }
        var score: [Int: Double] = [:]
        for (index, node) in tree.nodes.enumerated() where !removed[index] && !node.isText {
            let paragraphLike = node.name == "p" || node.name == "pre" || node.name == "td"
                || (node.name == "div" && !node.children.contains { !tree.nodes[$0].isText && MainContent.blockTags.contains(tree.nodes[$0].name) })
            guard paragraphLike else { continue }
            let l = lengths(index)
            guard l.text >= 25 else { continue }
            let points = 1 + Double(l.commas) + min(Double(l.text / 100), 3)
            var ancestor = node.parent
            var level = 0
            while ancestor > 0, level < 3 {
                if score[ancestor] == nil { score[ancestor] = initialScore(ancestor) }
                score[ancestor]! += level == 0 ? points : level == 1 ? points / 2 : points / Double(level * 3)
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        var best: (index: Int, score: Double)? = nil
        var final: [Int: Double] = [:]
        for (index, s) in score {
            let f = s * (1 - linkDensity(index))
            final[index] = f
            if best == nil || f > best!.score || (f == best!.score && index < best!.index) { best = (index, f) }
        }
        guard let top = best else {
            // No paragraphs: the whole page, furniture left out.
            return [tree.nodes.indices.first { tree.nodes[$0].name == "body" } ?? 0]
        }
        let parent = tree.nodes[top.index].parent
        guard parent > 0 else { return [top.index] }
        var chosen: [Int] = []
        let threshold = max(10, top.score * 0.2)
        for sibling in tree.nodes[parent].children where !removed[sibling] {
            if sibling == top.index { chosen.append(sibling); continue }
            let node = tree.nodes[sibling]
            if node.isText { continue }
            if let s = final[sibling], s >= threshold { chosen.append(sibling); continue }
            if node.name == "p" {
                let l = lengths(sibling)
                let density = l.text == 0 ? 0 : Double(l.links) / Double(l.text)
                if l.text > 80 && density < 0.25 { chosen.append(sibling) }
            }
        }
        return chosen
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var s: Double
        switch node.name {
        case "article": s = 30
        case "main": s = 15
        case "div": s = 5
        case "pre", "td", "blockquote": s = 3
        case "ol", "ul", "dl", "dd", "dt", "li": s = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
        default: s = 0
        }
        let names = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
        if MainContent.articleWords.contains(where: { names.contains($0) }) { s += 25 }
        return s
    }

    // MARK: Text out

    /// The article's text: blocks on lines of their own, white space inside a block
    /// collapsed to single spaces, with the page offset of every scalar.
    func text() -> (scalars: [Unicode.Scalar], origin: [Int32]) {
        var out: [Unicode.Scalar] = []
        var origin: [Int32] = []
        let body = bodyElements()
        if let headline = headline(), !body.contains(where: { isAncestor($0, of: headline) }) {
            emit(headline, into: &out, &origin)
            out.append("\n"); origin.append(origin.last ?? 0)
        }
        for element in body { emit(element, into: &out, &origin) }
        return (out, origin)
    }

    /// The first `h1` outside the furniture's lists, else the page's `<title>`.
    private func headline() -> Int? {
        for (index, node) in tree.nodes.enumerated() where node.name == "h1" && lengths(index).text >= 10 {
            var a = node.parent
            var inList = false
            while a > 0 {
                let name = tree.nodes[a].name
                if name == "nav" || name == "aside" || name == "footer" || name == "li" || name == "form" { inList = true; break }
                a = tree.nodes[a].parent
            }
            if !inList { return index }
        }
        return tree.nodes.indices.first { tree.nodes[$0].name == "title" }
    }

    private func isAncestor(_ a: Int, of b: Int) -> Bool {
        var i = b
        while i >= 0 { if i == a { return true }; i = tree.nodes[i].parent }
        return false
    }

    private func emit(_ root: Int, into out: inout [Unicode.Scalar], _ origin: inout [Int32]) {
        var stack: [Int] = [root]
        // -1 closes a block: a line break after it.
        while let index = stack.popLast() {
            if index < 0 {
                if let last = out.last, last != "\n" { out.append("\n"); origin.append(origin.last ?? 0) }
                continue
            }
            let node = tree.nodes[index]
            if node.isText {
                // Text that could not be found in the page cannot be quoted honestly: left out.
                guard node.origin.count == node.text.count else { continue }
                for (k, c) in node.text.enumerated() {
                    out.append(c.properties.isWhitespace ? " " : c)
                    origin.append(node.origin[k])
                }
                continue
            }
            if removed[index] && index != root && node.name != "title" { continue }
            let block = MainContent.blockTags.contains(node.name) || node.name == "title"
            if block && index != root {
                // Lists of links (related stories, tags) and link-only blocks are not prose.
                let isList = node.name == "ul" || node.name == "ol" || node.name == "li" || node.name == "dl"
                let density = linkDensity(index)
                if density > 0.5 && (isList || lengths(index).text < 200) { continue }
            }
            if block {
                if let last = out.last, last != "\n" { out.append("\n"); origin.append(origin.last ?? 0) }
                stack.append(-1)
            }
            stack.append(contentsOf: node.children.reversed())
        }
    }
}
