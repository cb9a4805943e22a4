/// The frame every printable page shares: a complete, self-contained HTML document with the
/// print styles inline, no scripts and nothing fetched from the network.
public enum HTMLPage {
    /// A whole document in `language` (HTML's `lang`, the catalogue's `pageLanguage`) with
    /// `title` (escaped here), extra `css` and the already-escaped `body`.
    public static func document(language: String, title: String, css: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(HTMLText.escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(PrintStyle.css)
        \(css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
