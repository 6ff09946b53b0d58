import Foundation

/// Reads a web page's metadata: JSON-LD `NewsArticle` (and its kin) blocks, Open Graph
/// and `article:published_time`, other date `<meta>` tags, `<link rel=canonical>`,
/// `<html lang>`, `<time datetime>`, and the headline (`h1`, else `<title>`, without
/// the site's name). Where two sources disagree the more
/// deliberate one wins: JSON-LD, then Open Graph and `article:`, then other `<meta>`,
/// then the page's elements.
enum PageMetadata {
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "report", "scholarlyarticle", "techarticle",
    ]
    /// `<meta name=…>` that hold a publication date, best first.
    static let dateNames = [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "citation_publication_date",
        "parsely-pub-date", "sailthru.date", "article.published", "published_time", "article_date_original",
    ]

    /// - Parameter headline: the first line of the article's text (its `h1`, else the
    ///   `<title>`), the headline when no JSON-LD or Open Graph title names one.
    static func read(_ tree: HTMLTree, headline: String = "") -> DocumentMetadata {
        var meta = DocumentMetadata()
        var metas: [String: String] = [:]
        var canonical: String? = nil
        var htmlTitle: String? = nil
        var firstTime: String? = nil
        var publishedTime: String? = nil
        var jsonLD: [Any] = []
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            let a = node.attributes
            switch node.name {
            case "meta":
                let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
                if !key.isEmpty, let content = a["content"], metas[key] == nil { metas[key] = content }
            case "link":
                let rel = (a["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), canonical == nil { canonical = a["href"] }
            case "html":
                DocumentMetadata.offer(a["lang"] ?? a["xml:lang"], to: &meta.language)
            case "title":
                if htmlTitle == nil { htmlTitle = text(of: index, in: tree) }
            case "time":
                let value = a["datetime"] ?? ""
                if a["pubdate"] != nil || (a["itemprop"] ?? "").lowercased() == "datepublished" {
                    if publishedTime == nil, !value.isEmpty { publishedTime = value }
                } else if firstTime == nil, !value.isEmpty {
                    firstTime = value
                }
            case "script" where (a["type"] ?? "").lowercased().contains("ld+json"):
                let json = text(of: index, in: tree, collapse: false)
                if let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) {
                    jsonLD.append(value)
                }
            default:
                break
            }
        }
        // JSON-LD: the first article-typed object, in a list or an @graph.
        if let article = jsonLD.lazy.compactMap(PageMetadata.article).first {
            meta.offerDate(article["datePublished"] as? String, from: "json-ld datePublished")
            meta.offerDate(article["dateCreated"] as? String, from: "json-ld dateCreated")
            DocumentMetadata.offer(article["headline"] as? String ?? article["name"] as? String, to: &meta.title)
            DocumentMetadata.offer(article["url"] as? String ?? id(article["mainEntityOfPage"]), to: &meta.url)
            DocumentMetadata.offer(name(article["publisher"]), to: &meta.siteName)
            DocumentMetadata.offer(article["inLanguage"] as? String, to: &meta.language)
        }
        for key in dateNames { meta.offerDate(metas[key], from: "meta \(key)") }
        DocumentMetadata.offer(metas["og:title"] ?? metas["twitter:title"], to: &meta.title)
        DocumentMetadata.offer(canonical ?? metas["og:url"], to: &meta.url)
        DocumentMetadata.offer(metas["og:site_name"] ?? metas["application-name"], to: &meta.siteName)
        DocumentMetadata.offer(metas["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") } ?? metas["language"] ?? metas["content-language"], to: &meta.language)
        meta.offerDate(publishedTime, from: "time datetime (published)")
        meta.offerDate(firstTime, from: "time datetime")
        DocumentMetadata.offer((headline.isEmpty ? htmlTitle : headline).map(withoutSiteName), to: &meta.title)
        // Only web addresses: a canonical "/story/1" says nothing without its site.
        if let url = meta.url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) { meta.url = nil }
        return meta
    }

    /// "Headline | Site" and "Headline - Site" are the headline.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " \u{2013} ", " \u{2014} ", " - ", " :: "] {
            if let r = title.range(of: separator, options: .backwards) {
                let head = String(title[..<r.lowerBound])
                if head.split(separator: " ").count >= 3 { return head }
            }
        }
        return title
    }

    private static func article(_ value: Any) -> [String: Any]? {
        if let list = value as? [Any] { return list.lazy.compactMap(article).first }
        guard let object = value as? [String: Any] else { return nil }
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? [] }
        if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
        if let graph = object["@graph"] { return article(graph) }
        return nil
    }

    private static func id(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        return (value as? [String: Any])?["@id"] as? String ?? (value as? [String: Any])?["url"] as? String
    }

    private static func name(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let list = value as? [Any] { return list.lazy.compactMap(name).first }
        return (value as? [String: Any])?["name"] as? String
    }

    /// The text below an element, white space collapsed unless `collapse` is false.
    static func text(of index: Int, in tree: HTMLTree, collapse: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        var stack = [index]
        while let i = stack.popLast() {
            let node = tree.nodes[i]
            if node.isText { out.append(contentsOf: node.text) } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return collapse ? DocumentMetadata.collapsed(String(out)) : String(out)
    }
}
