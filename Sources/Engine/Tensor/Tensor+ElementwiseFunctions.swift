// Elementwise functions as free functions, so that lessons read like the maths:
// `exp(x)`, `tanh(matmul(x, w) + b)`. `exp`, `log` and `tanh` call libm per element
// (about 20 ns each for Float); `sqrt`, `square`, `abs` and negation are vectorised.

extension Tensor {
    func applying(_ function: ElementwiseFunction) -> Tensor {
        Tensor(shape: shape) { output in
            storage.withUnsafeBufferPointer { Scalar.apply(function, $0, into: output) }
        }
    }
}

/// The exponential `eˣ` of every element.
///
/// ```swift
/// exp(Tensor<Double>([0, 1]))  // [1.0, 2.7182818]
/// ```
public func exp<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.exp) }

/// The natural logarithm of every element (`nan` below zero, `-inf` at zero).
///
/// ```swift
/// log(Tensor<Double>([1, 100]))  // [0.0, 4.6051702]
/// ```
public func log<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.log) }

/// The square root of every element (`nan` below zero).
///
/// ```swift
/// sqrt(Tensor<Float>([4, 9]))  // [2.0, 3.0]
/// ```
public func sqrt<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.sqrt) }

/// The hyperbolic tangent of every element.
///
/// ```swift
/// tanh(Tensor<Float>([0, 100]))  // [0.0, 1.0]
/// ```
public func tanh<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.tanh) }

/// The absolute value of every element.
///
/// ```swift
/// abs(Tensor<Float>([-1.5, 2]))  // [1.5, 2.0]
/// ```
public func abs<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.abs) }

/// The square of every element.
///
/// ```swift
/// square(Tensor<Float>([-3, 2]))  // [9.0, 4.0]
/// ```
public func square<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> { x.applying(.square) }
