import Foundation

/// A library service's PostgreSQL address as written, looked at only as far as choosing the
/// store needs: whether it holds a password, and the address with any password taken out.
///
/// libpq reads the address itself once the service store opens it; taster does not link libpq
/// just to choose, so that starting on the embedded store stays as quick as it was (libpq brings
/// twenty more shared libraries, TLS and Kerberos among them). URIs are read with Foundation's
/// `URLComponents`; the `key=value` form is split on spaces, as libpq's own documentation
/// describes it for values without quotes.
struct ServiceAddressText: Sendable {
    /// The address as written.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    private var isURI: Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// The `key=value` pairs of the keyword form.
    private var pairs: [(key: String, value: String)] {
        text.split(whereSeparator: \.isWhitespace).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]).lowercased(), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// Whether a password is written in the address (in the URI's user part, a `password`
    /// query item, or a `password=` pair).
    var holdsPassword: Bool {
        if isURI {
            guard let components = URLComponents(string: text) else { return text.contains("@") && text.dropFirst(13).contains(":") }
            if let password = components.password, !password.isEmpty { return true }
            return components.queryItems?.contains { $0.name.lowercased() == "password" && !($0.value ?? "").isEmpty } ?? false
        }
        return pairs.contains { $0.key == "password" && !$0.value.isEmpty }
    }

    /// Why an address cannot be read: facts, worded by the layer that shows them.
    enum Problem: Equatable, Sendable {
        /// It starts like a URI but is not one that can be read.
        case unreadableURI
        /// A `keyword=value` pair has nothing after the `=`.
        case noValue(keyword: String)
    }

    /// Why the address cannot be read, or nil.
    var problem: Problem? {
        if isURI { return URLComponents(string: text) == nil ? .unreadableURI : nil }
        let unnamed = pairs.first { $0.value.isEmpty }
        return unnamed.map { .noValue(keyword: $0.key) }
    }

    /// The address with any password replaced by `********`; nil for a URI that cannot be read
    /// (so nothing of it is shown).
    var redacted: String? {
        if isURI {
            guard var components = URLComponents(string: text) else { return nil }
            if components.password != nil { components.password = "********" }
            components.queryItems = components.queryItems?.map { $0.name.lowercased() == "password" ? URLQueryItem(name: $0.name, value: "********") : $0 }
            return components.string
        }

        return pairs.map { $0.key == "password" ? "password=********" : "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
}
