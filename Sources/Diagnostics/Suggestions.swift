/// "Did you mean ..." for a misspelt name: the closest candidates by edit distance.
public enum Suggestions {
    /// Up to `limit` candidates: first those the word abbreviates (`eu` for `europe`: a user
    /// who types the start of a name means that name, however far it is by edit distance),
    /// then those within a distance that still reads as a typo (a third of the word, at
    /// least 2), nearest first, ties in alphabetical order.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let threshold = max(2, lowered.count / 3)
        let all = Array(candidates)
        let abbreviated = lowered.count >= 2 ? all.filter { $0.lowercased().hasPrefix(lowered) && $0.lowercased() != lowered }.sorted() : []
        let typos = all
            .filter { !abbreviated.contains($0) }
            .map { (name: $0, distance: editDistance(lowered, $0.lowercased())) }
            .filter { $0.distance <= threshold }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .map(\.name)
        return Array((abbreviated + typos).prefix(limit))
    }

    /// A hint sentence, or nil when nothing is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        let near = closest(to: word, in: candidates)
        guard !near.isEmpty else { return nil }
        return "did you mean " + near.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }

    /// Levenshtein distance with one rolling row.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = current
            }
        }
        return row[b.count]
    }
}
