import CCmark
import Yams
import Mustache
import Crypto
public let sitekit = 0
