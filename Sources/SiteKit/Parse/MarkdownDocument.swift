import Foundation
internal import CCmark

/// A cmark-gfm syntax tree with GitHub's extensions, owned by this value.
///
/// Parsing and rendering both go through here, so the two always agree on the
/// extensions (tables, strikethrough, autolinks, task lists) and options (footnotes).
final class MarkdownDocument {
    let root: OpaquePointer
    private let parser: OpaquePointer

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]
    // SMART turns "quotes", -- and --- into “quotes”, – and —: in Computer Modern a
    // straight double quote is drawn as a closing one.
    private static let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE | CMARK_OPT_SMART

    init(_ text: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(Self.options)!
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// The document as HTML; raw HTML blocks pass through unchanged.
    func html() -> String { html(of: MarkdownNode(pointer: root, document: self)) }

    /// One node and its descendants as HTML.
    func html(of node: MarkdownNode) -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(node.pointer, Self.options, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Every node in document order (a snapshot, so the tree may be edited afterwards).
    func nodes() -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                result.append(MarkdownNode(pointer: node, document: self))
            }
        }
        return result
    }

    /// A new raw HTML block, not yet in the tree.
    func makeHTMLBlock(_ html: String) -> MarkdownNode {
        let node = cmark_node_new(CMARK_NODE_HTML_BLOCK)!
        cmark_node_set_literal(node, html)
        return MarkdownNode(pointer: node, document: self)
    }

    /// A new piece of raw inline HTML, not yet in the tree.
    func makeInlineHTML(_ html: String) -> MarkdownNode {
        let node = cmark_node_new(CMARK_NODE_HTML_INLINE)!
        cmark_node_set_literal(node, html)
        return MarkdownNode(pointer: node, document: self)
    }
}

/// One node of a ``MarkdownDocument``. It holds on to its document, so the tree it
/// points into lives as long as any of its nodes does.
struct MarkdownNode {
    let pointer: OpaquePointer
    let document: MarkdownDocument

    var isCodeBlock: Bool { cmark_node_get_type(pointer) == CMARK_NODE_CODE_BLOCK }
    var isHeading: Bool { cmark_node_get_type(pointer) == CMARK_NODE_HEADING }
    var isFootnoteReference: Bool { cmark_node_get_type(pointer) == CMARK_NODE_FOOTNOTE_REFERENCE }
    var isFootnoteDefinition: Bool { cmark_node_get_type(pointer) == CMARK_NODE_FOOTNOTE_DEFINITION }
    var isParagraph: Bool { cmark_node_get_type(pointer) == CMARK_NODE_PARAGRAPH }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }

    /// The fence's character and length, or `nil` for an indented code block.
    var fence: (character: Character, length: Int)? {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(pointer, &length, &offset, &character) != 0 else { return nil }
        return (Character(UnicodeScalar(UInt8(bitPattern: character))), Int(length))
    }

    var next: MarkdownNode? { cmark_node_next(pointer).map { MarkdownNode(pointer: $0, document: document) } }

    /// The node's children, in order.
    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(MarkdownNode(pointer: node, document: document))
            child = cmark_node_next(node)
        }
        return result
    }

    /// The plain text of the node's inline content (for headings).
    var plainText: String {
        var text = ""
        var child = cmark_node_first_child(pointer)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += MarkdownNode(pointer: node, document: document).literal
            } else {
                text += MarkdownNode(pointer: node, document: document).plainText
            }
            child = cmark_node_next(node)
        }
        return text
    }

    func insertAfter(_ sibling: MarkdownNode) { cmark_node_insert_after(pointer, sibling.pointer) }

    func replace(with other: MarkdownNode) {
        cmark_node_replace(pointer, other.pointer)
        cmark_node_free(pointer)
    }

    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
