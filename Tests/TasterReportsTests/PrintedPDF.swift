import Foundation

/// A PDF as Chromium printed it: how many pages, each page's size, and the text on them.
struct PrintedPDF {
    /// An A4 sheet in PDF points (1/72 inch): 210 mm by 297 mm.
    static let a4 = (width: 595.28, height: 841.89)
    /// How far a page may be from A4 and still count as A4 (Chromium rounds to whole pixels).
    static let tolerance = 2.0

    /// Each page's width and height in points, from its `/MediaBox`.
    let pageSizes: [(width: Double, height: Double)]
    /// How many page objects the file holds.
    let pageCount: Int
    /// The text of every page, as pdftotext reads it.
    let text: String
    /// The file itself.
    let bytes: Data

    /// Reads the page objects of `bytes`; Chromium writes their dictionaries uncompressed.
    init(bytes: Data, text: String) {
        let source = String(decoding: bytes, as: UTF8.self)
        // "/Type /Page" but not "/Type /Pages", the tree that holds them.
        pageCount = source.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
        pageSizes = source.matches(of: /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/).map { match in
            let numbers = [match.output.1, match.output.2, match.output.3, match.output.4].map { Double($0) ?? 0 }
            return (width: numbers[2] - numbers[0], height: numbers[3] - numbers[1])
        }
        self.text = text
        self.bytes = bytes
    }

    /// Whether every page is A4 portrait.
    var everyPageIsA4: Bool {
        !pageSizes.isEmpty && pageSizes.allSatisfy {
            abs($0.width - Self.a4.width) <= Self.tolerance && abs($0.height - Self.a4.height) <= Self.tolerance
        }
    }

    /// The text with every space, line break and hyphen taken out, for finding phrases that
    /// wrap (pdftotext drops the hyphen where a word was broken across two lines).
    var compactText: String { Self.compact(text) }

    /// `phrase` without spaces, line breaks or hyphens, to look for in ``compactText``.
    static func compact(_ phrase: String) -> String {
        phrase.filter { !$0.isWhitespace && $0 != "-" }
    }

    /// The text with runs of spaces and line breaks made one space, for finding phrases that
    /// may wrap.
    var flatText: String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
