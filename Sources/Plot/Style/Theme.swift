/// Fonts, sizes and colours of everything that is not data: the figure's calm look.
///
/// Lengths are in points (CSS pixels in SVG). Sizes are chosen to read well when a
/// 640-point figure is shown at the width of the ~630 px reading column: tick labels and
/// legend 12 pt (about 11.8 px on the page, the size of a caption), axis labels 13 pt,
/// title 15 pt.
struct Theme: Sendable {
    /// A font face and size for one kind of text.
    struct Font: Sendable {
        var size: Double
        var bold: Bool = false
    }

    var fontFamily = "DejaVu Sans"
    var tickFont = Font(size: 12)
    var labelFont = Font(size: 13)
    var titleFont = Font(size: 15, bold: true)
    var legendFont = Font(size: 12)

    var background = Color(hex: 0xFFFFFF)
    var titleColor = Color(hex: 0x222222)
    var labelColor = Color(hex: 0x333333)
    var tickLabelColor = Color(hex: 0x555555)
    var spineColor = Color(hex: 0x888888)
    var gridColor = Color(hex: 0xE8E8E8)

    var palette = Palette.okabeIto
    var lineWidth = 1.75
    var spineWidth = 1.0
    var gridWidth = 1.0

    /// Empty space kept clear at the figure's edges.
    var outerPadding = 10.0
    /// Length of a tick mark, drawn outwards from the spine.
    var tickLength = 4.0
    /// Space between a tick mark and its label.
    var tickLabelGap = 4.0
    /// Space between tick labels and the axis label.
    var axisLabelGap = 8.0
    /// Space between the title and the plot area.
    var titleGap = 12.0
    /// Smallest space between neighbouring x tick labels, as a multiple of the font size.
    var tickLabelSpacing = 1.2

    /// Fraction of the data range added at each end when limits are fitted to data, so
    /// lines do not run along the spines.
    var dataPadding = 0.05
    /// Preferred distance between x ticks and between y ticks, in points.
    var xTickSpacing = 90.0
    var yTickSpacing = 60.0

    /// Legend: margin from the plot area's edge, inner padding, swatch length, row height.
    var legendInset = 8.0
    var legendPadding = 6.0
    var legendSwatch = 20.0
    var legendRowHeight = 17.0
    var legendBackground = Color(hex: 0xFFFFFF, alpha: 0.85)

    /// Colour bar: space from the plot area, and the strip's width.
    var colorBarGap = 14.0
    var colorBarWidth = 12.0

    /// Scatter: default marker diameter, and the white ring that separates overlapping points.
    var markerSize = 6.5
    var markerEdgeWidth = 0.6

    /// Annotation text, a little smaller than tick labels are not: it is read, not scanned.
    var annotationFont = Font(size: 12)
    var annotationColor = Color(hex: 0x333333)
    /// Space between neighbouring panels of a grid beyond each panel's own padding.
    var panelGap = 6.0

    static let standard = Theme()
}
