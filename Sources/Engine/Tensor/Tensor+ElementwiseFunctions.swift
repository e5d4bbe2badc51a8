// Elementwise functions as free functions, so that lessons read like the maths:
// `exp(x)`, `tanh(matmul(x, w) + b)`. Each is a differentiable primitive, with its
// derivative beside it; derivatives are written from the output where that is cheaper
// (eˣ, tanh, σ). For Float, exp, log, log1p, expm1, tanh and sigmoid are vectorised
// approximations within 2 ulp (`Kernels/UnaryKernels.swift`); Double uses libm.

extension Tensor {
    /// `f(x)` for every element; nothing recorded.
    func applying(_ function: ElementwiseFunction) -> Tensor {
        Tensor(shape: shape) { output in
            storage.withUnsafeBufferPointer { Scalar.apply(function, $0, into: output) }
        }
    }

    /// A constant mask or sign computed from this tensor's values: never differentiated.
    func indicator(_ function: ElementwiseFunction) -> Tensor { primal.applying(function) }
}

/// The exponential `eˣ` of every element; d/dx eˣ = eˣ.
///
/// ```swift
/// exp(Tensor<Double>([0, 1]))  // [1.0, 2.7182818]
/// ```
public func exp<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "exp", x, x.applying(.exp), vjp: { g, y, _ in g * y }, jvp: { t, y, _ in t * y })
}

/// The natural logarithm of every element (`nan` below zero, `-inf` at zero); d/dx = 1/x.
///
/// ```swift
/// log(Tensor<Double>([1, 100]))  // [0.0, 4.6051702]
/// ```
public func log<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "log", x, x.applying(.log), vjp: { g, _, x in g / x }, jvp: { t, _, x in t / x })
}

/// ln(1 + x) for every element, accurate for tiny x where `log(1 + x)` loses digits;
/// d/dx = 1/(1 + x).
///
/// ```swift
/// log1p(Tensor<Double>([1e-10]))  // [1e-10]
/// ```
public func log1p<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "log1p", x, x.applying(.log1p),
        vjp: { g, _, x in g / (x + 1) }, jvp: { t, _, x in t / (x + 1) })
}

/// eˣ − 1 for every element, accurate for tiny x where `exp(x) - 1` loses digits;
/// d/dx = eˣ = y + 1.
///
/// ```swift
/// expm1(Tensor<Double>([1e-10]))  // [1e-10]
/// ```
public func expm1<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "expm1", x, x.applying(.expm1),
        vjp: { g, y, _ in g * (y + 1) }, jvp: { t, y, _ in t * (y + 1) })
}

/// The square root of every element (`nan` below zero); d/dx √x = 1/(2√x).
///
/// ```swift
/// sqrt(Tensor<Float>([4, 9]))  // [2.0, 3.0]
/// ```
public func sqrt<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "sqrt", x, x.applying(.sqrt),
        vjp: { g, y, _ in g / (y * 2) }, jvp: { t, y, _ in t / (y * 2) })
}

/// The hyperbolic tangent of every element; d/dx tanh x = 1 − tanh² x.
///
/// ```swift
/// tanh(Tensor<Float>([0, 100]))  // [0.0, 1.0]
/// ```
public func tanh<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "tanh", x, x.applying(.tanh),
        vjp: { g, y, _ in g * (1 - y * y) }, jvp: { t, y, _ in t * (1 - y * y) })
}

/// The logistic sigmoid σ(x) = 1/(1 + e⁻ˣ) of every element, computed without overflow;
/// σ′ = σ(1 − σ).
///
/// ```swift
/// sigmoid(Tensor<Double>([0, -1000]))  // [0.5, 0.0]
/// ```
public func sigmoid<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "sigmoid", x, x.applying(.sigmoid),
        vjp: { g, y, _ in g * y * (1 - y) }, jvp: { t, y, _ in t * y * (1 - y) })
}

/// max(x, 0) for every element; its derivative is the step function (0 at 0, as in
/// PyTorch).
///
/// ```swift
/// relu(Tensor<Float>([-1, 2]))  // [0.0, 2.0]
/// ```
public func relu<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "relu", x, x.applying(.relu),
        vjp: { g, _, x in g * x.indicator(.step) }, jvp: { t, _, x in t * x.indicator(.step) })
}

/// The error function erf(x) = (2/√π)∫₀ˣ e^(−t²) dt of every element (libm);
/// d/dx = (2/√π)e^(−x²).
public func erf<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    let twoOverRootPi = Scalar(1.128_379_167_095_512_6)
    return .unaryPrimitive(
        "erf", x, x.applying(.erf),
        vjp: { g, _, x in g * exp(-(x * x)) * twoOverRootPi },
        jvp: { t, _, x in t * exp(-(x * x)) * twoOverRootPi })
}

/// The Gaussian error linear unit x·Φ(x), Φ the standard normal CDF (Hendrycks & Gimpel,
/// "Gaussian error linear units", 2016): the exact form, as PyTorch's default.
/// d/dx = Φ(x) + x·φ(x).
///
/// ```swift
/// gelu(Tensor<Double>([0, 1]))  // [0.0, 0.84134475]
/// ```
public func gelu<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "gelu", x, x.applying(.gelu),
        vjp: { g, _, x in g * geluDerivative(x) }, jvp: { t, _, x in t * geluDerivative(x) })
}

/// Φ(x) + x·φ(x), from differentiable operations.
private func geluDerivative<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    let cdf = (erf(x * Scalar(0.707_106_781_186_547_5)) + 1) * Scalar(0.5)
    let density = exp(x * x * Scalar(-0.5)) * Scalar(0.398_942_280_401_432_7)
    return cdf + x * density
}

/// The sine of every element; d/dx sin x = cos x.
public func sin<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "sin", x, x.applying(.sin), vjp: { g, _, x in g * cos(x) }, jvp: { t, _, x in t * cos(x) })
}

/// The cosine of every element; d/dx cos x = −sin x.
public func cos<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "cos", x, x.applying(.cos),
        vjp: { g, _, x in -(g * sin(x)) }, jvp: { t, _, x in -(t * sin(x)) })
}

/// The absolute value of every element; its derivative is the sign (0 at 0).
///
/// ```swift
/// abs(Tensor<Float>([-1.5, 2]))  // [1.5, 2.0]
/// ```
public func abs<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "abs", x, x.applying(.abs),
        vjp: { g, _, x in g * x.indicator(.sign) }, jvp: { t, _, x in t * x.indicator(.sign) })
}

/// The square of every element; d/dx x² = 2x.
///
/// ```swift
/// square(Tensor<Float>([-3, 2]))  // [9.0, 4.0]
/// ```
public func square<Scalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
    .unaryPrimitive(
        "square", x, x.applying(.square),
        vjp: { g, _, x in g * x * 2 }, jvp: { t, _, x in t * x * 2 })
}

/// Every element raised to the power `p`; d/dx xᵖ = p·xᵖ⁻¹ (0 for p = 0).
///
/// ```swift
/// pow(Tensor<Double>([2, 3]), 3)  // [8.0, 27.0]
/// ```
public func pow<Scalar>(_ x: Tensor<Scalar>, _ p: Scalar) -> Tensor<Scalar> {
    let value: Tensor<Scalar> =
        switch p {
        case 1: x.primal
        case 2: x.applying(.square)
        case 0.5: x.applying(.sqrt)
        case -1: Tensor.combined(.divide, 1, x)
        default: x.combined(.power, p)
        }
    guard x.isTracked else { return .untracked("pow", value, x) }
    func derivative(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
        p == 0 ? .zeros(x.shape) : p == 1 ? .ones(x.shape) : pow(x, p - 1) * p
    }
    return .unaryPrimitive(
        "pow", x, value, vjp: { g, _, x in g * derivative(x) },
        jvp: { t, _, x in t * derivative(x) })
}

/// Every element of `x` raised to the power of the matching element of `y`, with
/// broadcasting; ∂/∂x = y·xʸ⁻¹, ∂/∂y = xʸ·ln x.
///
/// ```swift
/// pow(Tensor<Double>([2, 3]), Tensor<Double>([3, 2]))  // [8.0, 9.0]
/// ```
public func pow<Scalar>(_ x: Tensor<Scalar>, _ y: Tensor<Scalar>) -> Tensor<Scalar> {
    .binaryPrimitive(
        "pow", x, y, x.combined(.power, y),
        vjp: { g, z, x, y, needs in
            (needs.0 ? g * y * pow(x, y - 1) : nil, needs.1 ? g * z * log(x) : nil)
        },
        jvp: { a, b, z, x, y in
            Tensor.sum(a.map { $0 * y * pow(x, y - 1) }, b.map { $0 * z * log(x) })
        })
}
