import SiteKit
print(sitekit)
