import Synchronization

/// The reverse pass over a recorded graph (Linnainmaa, 1970; Rumelhart, Hinton &
/// Williams, 1986): visit the nodes so that each comes after every node that used it,
/// and let each push its finished cotangent to its inputs with its pullback, summing
/// where a value was used more than once.
///
/// The order is found by a depth-first search with an explicit stack, so that a graph
/// of a recurrence tens of thousands of steps long does not overflow the call stack.
enum Backpropagation {
    /// A fresh mark for each search, so that nodes need no clearing between searches.
    private static let generation = Atomic<UInt64>(0)

    /// Every node `root` depends on, each after all of its inputs (post-order).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func topologicalOrder<Scalar>(from root: GraphNode<Scalar>) -> [GraphNode<Scalar>] {
        let mark = generation.wrappingAdd(1, ordering: .relaxed).newValue
        var order: [GraphNode<Scalar>] = []
        // Each entry is a node and the index of the next input to look at.
        var stack: [(node: GraphNode<Scalar>, next: Int)] = [(root, 0)]
        root.mark = mark
        while let (node, next) = stack.last {
            if next < node.inputs.count {
                stack[stack.count - 1].next = next + 1
                if let input = node.inputs[next].node, input.mark != mark {
                    input.mark = mark
                    stack.append((input, 0))
                }
            } else {
                stack.removeLast()
                order.append(node)
            }
        }
        return order
    }

    /// Runs one backward pass from `root` with cotangent `seed`.
    ///
    /// - `targets`: the nodes whose cotangents are wanted, or `nil` for every leaf;
    ///   only nodes on a path to a target run their pullbacks.
    /// - `creatingGraph`: record the pass itself, so that its results can be
    ///   differentiated again; `nil` decides automatically: record when recording is on
    ///   and the graph reaches nodes that are not on a path from the targets (a nested
    ///   differentiation, or tensors that require gradients captured by the function).
    /// - `accumulatingIntoLeaves`: add each leaf's cotangent to its `gradient`.
    ///
    /// Returns the targets' cotangents (`nil` where the root does not depend on one) and
    /// whether the pass was recorded.
    @discardableResult
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    static func run<Scalar>(
        from root: GraphNode<Scalar>, seed: Tensor<Scalar>, targets: [GraphNode<Scalar>]?,
        creatingGraph: Bool?, accumulatingIntoLeaves: Bool
    ) -> (cotangents: [Tensor<Scalar>?], recorded: Bool) {
        let order = topologicalOrder(from: root)
        let wanted = Set((targets ?? []).map(ObjectIdentifier.init))
        let reachesOutside = markNeeded(order, targets == nil ? nil : wanted)
        let context = AutodiffContext.current
        let recording = creatingGraph ?? (context.isRecording && reachesOutside)
        root.cotangent = seed
        context.recording(recording) {
            for node in order.reversed() {
                propagate(node, accumulatingIntoLeaves)
                // Free a used cotangent at once; keep the targets' and the leaves'.
                if !node.isLeaf, !wanted.contains(ObjectIdentifier(node)) { node.cotangent = nil }
            }
        }
        let results = targets?.map { $0.cotangent } ?? []
        for node in order { node.cotangent = nil }
        return (results, recording)
    }

    /// Marks the nodes on a path to a wanted node (every node when `wanted` is `nil`), and
    /// tells whether some node is not: the graph then reaches tensors tracked outside.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    private static func markNeeded<Scalar>(
        _ order: [GraphNode<Scalar>], _ wanted: Set<ObjectIdentifier>?
    ) -> Bool {
        guard let wanted else {
            for node in order { node.needed = true }
            return false
        }
        var reachesOutside = false
        for node in order {
            node.needed = wanted.contains(ObjectIdentifier(node))
                || node.inputs.contains { $0.node?.needed == true }
            reachesOutside = reachesOutside || !node.needed
        }
        return reachesOutside
    }

    /// Whether the graph below `root` holds nodes that are not on a path from `targets`.
    static func reachesOutside<Scalar>(
        from root: GraphNode<Scalar>, targets: [GraphNode<Scalar>]
    ) -> Bool {
        markNeeded(topologicalOrder(from: root), Set(targets.map(ObjectIdentifier.init)))
    }

    /// Hands a node's finished cotangent to its inputs (or to its gradient, for a leaf).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    private static func propagate<Scalar>(_ node: GraphNode<Scalar>, _ accumulating: Bool) {
        guard node.needed, let cotangent = node.cotangent else { return }
        guard let pullback = node.pullback else {
            if accumulating {
                node.gradient = node.gradient.map { $0 + cotangent } ?? cotangent
            }
            return
        }
        var output = node.output!
        output.node = node
        let inputs = node.inputs
        let context = AutodiffContext.current
        let outer = context.runningPullback
        context.runningPullback = node.operation
        defer { context.runningPullback = outer }
        switch pullback {
        case let .unary(vjp):
            guard inputs[0].node?.needed == true else { return }
            deliver(vjp(cotangent, output, inputs[0]), to: inputs[0], from: node)
        case let .binary(vjp):
            let needs = (inputs[0].node?.needed == true, inputs[1].node?.needed == true)
            let (lhs, rhs) = vjp(cotangent, output, inputs[0], inputs[1], needs)
            if needs.0, let lhs { deliver(lhs, to: inputs[0], from: node) }
            if needs.1, let rhs { deliver(rhs, to: inputs[1], from: node) }
        case let .general(vjp):
            let needs = inputs.map { $0.node?.needed == true }
            let cotangents = vjp(cotangent, output, inputs, needs)
            for (index, input) in inputs.enumerated() where needs[index] {
                if let contribution = cotangents[index] {
                    deliver(contribution, to: input, from: node)
                }
            }
        }
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    private static func deliver<Scalar>(
        _ contribution: Tensor<Scalar>, to input: Tensor<Scalar>, from node: GraphNode<Scalar>
    ) {
        guard let target = input.node else { return }
        let name = node.operation
        let cotangent = conformed(contribution, to: input.shape, name, rule: "VJP")
        if NumericsCheck.isEnabled {
            NumericsCheck.verify("\(name) (backward)", cotangent, [node.cotangent ?? cotangent])
        }
        target.cotangent = target.cotangent.map { $0 + cotangent } ?? cotangent
    }
}
