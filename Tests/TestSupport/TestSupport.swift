import Engine
public let ts = 0
