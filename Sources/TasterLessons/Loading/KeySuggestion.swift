import Foundation

/// Suggests the key an author probably meant when a key is misspelt.
enum KeySuggestion {
    /// The allowed key closest to `key`, when it is close enough to be a likely slip.
    static func nearest(to key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_")
        if let exact = allowed.first(where: { $0 == lowered }) { return exact }
        let scored = allowed.map { ($0, distance(Array(lowered), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, best.0.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance between two short keys.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
