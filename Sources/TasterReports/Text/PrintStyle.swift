/// The style sheet shared by every printable page: A4, black on white, readable type, and no
/// step, row or chart split across two pages.
public enum PrintStyle {
    /// The CSS, to go inside a `<style>` element.
    public static let css = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    * { box-sizing: border-box; }
    html { background: #ffffff; color: #111111; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
           line-height: 1.45; margin: 0 auto; max-width: 180mm; padding: 12px; background: #ffffff; color: #111111; }
    h1 { font-size: 20pt; margin: 0 0 6pt 0; line-height: 1.2; }
    h2 { font-size: 14pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999999; padding-bottom: 2pt; }
    h3 { font-size: 12pt; margin: 10pt 0 4pt 0; }
    p { margin: 0 0 6pt 0; }
    ul, ol { margin: 0 0 6pt 0; padding-left: 20pt; }
    table { border-collapse: collapse; margin: 4pt 0 10pt 0; width: 100%; }
    th, td { border: 1px solid #999999; padding: 3pt 6pt; text-align: left; vertical-align: top; }
    td.number, th.number { text-align: right; }
    tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
    h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
    figure { margin: 6pt 0 12pt 0; }
    figcaption { font-size: 10pt; color: #333333; }
    svg text { font-family: inherit; }
    .muted { color: #444444; }
    @media print {
      body { padding: 0; max-width: none; font-size: 10.5pt; }
      a { color: #111111; text-decoration: none; }
    }
    """
}
