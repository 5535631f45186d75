/// Something that draws itself into an area of a buffer and nothing else: state such as the selected row
/// lives in the app state and is passed in, so rendering stays a pure function of its inputs.
public protocol Widget {
    /// Draws into `area`, clipped to the buffer; cells outside `area` are never touched.
    func render(in area: Rect, buffer: inout Buffer)
}

extension Buffer {
    /// Renders a widget into an area of this buffer.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, buffer: &self)
    }
}
