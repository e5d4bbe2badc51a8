/// The parts of the curriculum and the lessons planned in each (`shared/CURRICULUM.md`),
/// which give the index page its shape: written lessons are linked, the others are
/// listed as still to come, never as dead links.
enum Curriculum {
    struct Part {
        var name: String
        /// The planned lessons as (slug, title), in reading order.
        var lessons: [(slug: String, title: String)]
    }

    static let parts: [Part] = [
        Part(name: "Numerical foundations", lessons: [
            ("floating-point", "Floating point"), ("matmul", "Matrix multiplication"),
            ("linear-solves", "Linear solves"), ("monte-carlo", "Monte Carlo"),
            ("ode-solvers", "ODE solvers"), ("nonlinear-solvers", "Nonlinear solvers"),
        ]),
        Part(name: "Automatic differentiation", lessons: [
            ("reverse-mode", "Reverse mode"), ("forward-mode", "Forward mode"),
            ("trace-estimators", "Trace estimators"), ("custom-gradients", "Custom gradients"),
        ]),
        Part(name: "Classical machine learning", lessons: [
            ("linear-regression", "Linear regression"), ("logistic-regression", "Logistic regression"),
            ("regularization", "Regularization"), ("bias-variance", "Bias and variance"),
            ("knn", "Nearest neighbours"), ("trees-and-forests", "Trees and forests"),
            ("svm", "Support vector machines"), ("kmeans-pca", "k-means and PCA"),
            ("evaluation", "Evaluation"),
        ]),
        Part(name: "Neural networks from scratch", lessons: [
            ("mlp-by-hand", "An MLP by hand"), ("training-dynamics", "Training dynamics"),
            ("optimizers", "Optimizers"), ("regularizing-nets", "Regularizing networks"),
            ("fashion-mnist-mlp", "Fashion-MNIST"),
        ]),
        Part(name: "Modern architectures", lessons: [
            ("convolutions", "Convolutions"), ("attention", "Attention"), ("transformer", "A transformer"),
            ("recurrent", "Recurrent networks"), ("diffusion", "Diffusion"), ("generative", "Generative models"),
        ]),
        Part(name: "Probability, statistics, decisions", lessons: [
            ("high-dimensions", "High dimensions"), ("mcmc", "Markov chain Monte Carlo"),
            ("bayesian-optimization", "Bayesian optimization"), ("policy-gradients", "Policy gradients"),
        ]),
        Part(name: "Practice", lessons: [
            ("tabular-practice", "Tabular data in practice"), ("reproduce-a-paper", "Reproducing a paper"),
        ]),
    ]

    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII"]

    static func name(ofPart part: Int) -> String { parts[part - 1].name }
    static func numeral(ofPart part: Int) -> String { numerals[part - 1] }
}
