import Foundation

/// Suggests the key an author probably meant when a key is misspelt.
public enum KeySuggestion {
    /// The allowed key closest to `key`, when it is close enough to be a likely slip.
    public static func nearest(to key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_")
        if let exact = allowed.first(where: { $0 == lowered }) { return exact }
        let scored = allowed.compactMap { candidate in
            TypoDistance.distance(lowered, candidate, limit: max(1, candidate.count / 3)).map { (candidate, $0) }
        }
        return scored.min { $0.1 < $1.1 }?.0
    }
}
