internal import CCairo
public let plotPlaceholder = 0
