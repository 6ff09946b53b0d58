import Foundation

/// Evidence over time, by relation class: how many pieces of cooperative, conflictual
/// and affiliation evidence each week, month or year holds, for the whole graph, one
/// actor or one pair.
///
/// Evidence is dated by its document (`DocumentInfo.date`); evidence of an undated
/// document is counted in `undated`. The step is chosen by the span: weeks up to 16
/// weeks, months up to four years, then years, over the middle 80 % of the dated
/// evidence. Periods run without gaps across that span (unless there would be more
/// than 60); periods outside it appear when they hold evidence, after a gap.
///
/// ```swift
/// let russia = Timeline(graph, facts: graph.sortedFacts.filter { $0.subject == "russia" || $0.object == "russia" })
/// ```
public struct Timeline: Sendable {
    public enum Step: String, Sendable {
        case week, month, year
    }

    /// One period: `label` ("2019-03", "2019-W10", "2019") and its counts.
    public struct Bucket: Sendable, Hashable {
        public var label: String
        public var cooperative = 0
        public var conflictual = 0
        public var affiliation = 0
        /// Periods are missing between this one and the one before.
        public var gapBefore = false
        public var total: Int { cooperative + conflictual + affiliation }
    }

    public var step: Step
    public var buckets: [Bucket]
    /// Pieces of evidence from documents without a date.
    public var undated: Int

    static let maxContinuous = 60

    public init(_ graph: KnowledgeGraph, facts: [Fact]) {
        var dated: [(day: Date, cls: PredicateSpec.Class)] = []
        var undated = 0
        for fact in facts {
            for evidence in fact.evidence {
                if let text = graph.documents[evidence.document]?.date, let day = Timeline.day(text) {
                    dated.append((day, fact.predicate.predicateClass))
                } else {
                    undated += 1
                }
            }
        }
        self.undated = undated
        guard !dated.isEmpty else {
            step = .month
            buckets = []
            return
        }
        // The step follows the span of the middle 80 % of the evidence: on the Wikinews
        // corpus articles that recall 1964 or 1935 (6 % of the dated evidence) turned
        // two years of news into yearly bars.
        let days = dated.map(\.day).sorted()
        let first = days[days.count / 10], last = days[days.count - 1 - days.count / 10]
        let calendar = Timeline.calendar
        let weeks = calendar.dateComponents([.weekOfYear], from: first, to: last).weekOfYear ?? 0
        let months = calendar.dateComponents([.month], from: first, to: last).month ?? 0
        step = weeks < 16 ? .week : months < 48 ? .month : .year
        var counts: [String: Bucket] = [:]
        var starts: [String: Date] = [:]
        for (day, cls) in dated {
            let label = Timeline.label(day, step)
            starts[label] = Timeline.start(of: day, step)
            var bucket = counts[label] ?? Bucket(label: label)
            switch cls {
            case .cooperative: bucket.cooperative += 1
            case .conflictual: bucket.conflictual += 1
            case .affiliation: bucket.affiliation += 1
            }
            counts[label] = bucket
        }
        // Every period from the first to the last, when there are not too many.
        var labels: [String] = []
        var cursor = Timeline.start(of: first, step)
        while cursor <= last && labels.count <= Timeline.maxContinuous {
            labels.append(Timeline.label(cursor, step))
            starts[Timeline.label(cursor, step)] = cursor
            cursor = calendar.date(byAdding: step == .week ? .weekOfYear : step == .month ? .month : .year, value: 1, to: cursor)!
        }
        if labels.count > Timeline.maxContinuous { labels = [] }
        let continuous = Set(labels)
        buckets = continuous.union(counts.keys).sorted().map { counts[$0] ?? Bucket(label: $0) }
        // A period that does not follow the one before is cut off from it by a gap.
        let unit: Calendar.Component = step == .week ? .weekOfYear : step == .month ? .month : .year
        for k in buckets.indices.dropFirst() {
            guard let before = starts[buckets[k - 1].label], let start = starts[buckets[k].label] else { continue }
            buckets[k].gapBefore = calendar.date(byAdding: unit, value: 1, to: before) != start
        }
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func day(_ text: String) -> Date? {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func start(of day: Date, _ step: Step) -> Date {
        switch step {
        case .week: return calendar.dateInterval(of: .weekOfYear, for: day)!.start
        case .month: return calendar.dateInterval(of: .month, for: day)!.start
        case .year: return calendar.dateInterval(of: .year, for: day)!.start
        }
    }

    /// "2019-W10" (ISO week), "2019-03" or "2019".
    static func label(_ day: Date, _ step: Step) -> String {
        let c = calendar.dateComponents([.year, .month, .weekOfYear, .yearForWeekOfYear], from: day)
        switch step {
        case .week: return String(format: "%04d-W%02d", c.yearForWeekOfYear!, c.weekOfYear!)
        case .month: return String(format: "%04d-%02d", c.year!, c.month!)
        case .year: return String(format: "%04d", c.year!)
        }
    }
}
