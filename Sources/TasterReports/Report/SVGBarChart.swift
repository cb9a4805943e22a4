import Foundation
import TasterWording

/// A simple horizontal bar chart drawn as inline SVG: no scripts, no fonts or images fetched,
/// labels escaped, and each bar's number written beside it so the chart reads without colour.
public struct SVGBarChart: Sendable, Equatable {
    /// One series of bars, such as "started".
    public struct Series: Sendable, Equatable {
        /// The series' name, shown in the key.
        public var name: String
        /// The fill colour, as CSS.
        public var colour: String

        /// Creates a series.
        public init(name: String, colour: String) {
            self.name = name
            self.colour = colour
        }
    }

    /// One row: a label and one value per series.
    public struct Row: Sendable, Equatable {
        /// The label on the left.
        public var label: String
        /// The values, in the order of the series.
        public var values: [Int]

        /// Creates a row.
        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    /// What the chart shows, read by screen readers and shown as its caption.
    public var title: String
    /// The series.
    public var series: [Series]
    /// The rows.
    public var rows: [Row]
    /// What the chart says when it has no rows.
    public var nothingToShow: String

    /// Creates a chart.
    public init(title: String, series: [Series], rows: [Row], nothingToShow: String = Catalogue.english.text(.reportChartNothing)) {
        self.title = title
        self.series = series
        self.rows = rows
        self.nothingToShow = nothingToShow
    }

    private let width = 640
    private let labelWidth = 230
    private let barHeight = 14
    private let rowGap = 10
    private let keyHeight = 24

    /// The chart as an SVG element inside a captioned figure.
    public var html: String {
        let largest = max(1, rows.flatMap(\.values).max() ?? 0)
        let barArea = width - labelWidth - 50
        let rowHeight = barHeight * series.count + rowGap
        let height = keyHeight + rowHeight * max(rows.count, 1) + 4
        var parts = [
            "<figure>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(HTMLText.escape(title))\">",
            "<title>\(HTMLText.escape(title))</title>",
        ]
        var keyX = labelWidth
        for item in series {
            parts.append("<rect x=\"\(keyX)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(item.colour)\" stroke=\"#111111\" stroke-width=\"0.5\"/>")
            parts.append("<text x=\"\(keyX + 18)\" y=\"14\" font-size=\"12\" fill=\"#111111\">\(HTMLText.escape(item.name))</text>")
            keyX += 30 + 8 * item.name.count
        }
        if rows.isEmpty {
            parts.append("<text x=\"0\" y=\"\(keyHeight + 12)\" font-size=\"12\" fill=\"#111111\">\(HTMLText.escape(nothingToShow))</text>")
        }
        for (index, row) in rows.enumerated() {
            let top = keyHeight + index * rowHeight
            let middle = top + barHeight * series.count / 2 + 4
            parts.append("<text x=\"\(labelWidth - 8)\" y=\"\(middle)\" font-size=\"12\" text-anchor=\"end\" fill=\"#111111\">\(HTMLText.escape(Self.shortened(row.label)))</text>")
            for (seriesIndex, item) in series.enumerated() {
                let value = seriesIndex < row.values.count ? row.values[seriesIndex] : 0
                let length = Int((Double(value) / Double(largest) * Double(barArea)).rounded())
                let y = top + seriesIndex * barHeight
                parts.append("<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(max(length, 1))\" height=\"\(barHeight - 2)\" fill=\"\(item.colour)\" stroke=\"#111111\" stroke-width=\"0.5\"/>")
                parts.append("<text x=\"\(labelWidth + max(length, 1) + 5)\" y=\"\(y + barHeight - 4)\" font-size=\"11\" fill=\"#111111\">\(value)</text>")
            }
        }
        parts.append("</svg>")
        parts.append("<figcaption>\(HTMLText.escape(title))</figcaption>")
        parts.append("</figure>")
        return parts.joined(separator: "\n")
    }

    /// A label cut to fit beside the bars, with an ellipsis when cut.
    static func shortened(_ label: String) -> String {
        label.count <= 34 ? label : String(label.prefix(33)) + "…"
    }
}
