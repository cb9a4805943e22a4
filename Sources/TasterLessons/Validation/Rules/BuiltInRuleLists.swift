/// The lists used when a library has no `lessons/rules` files, written in the same format as those files.
enum BuiltInRuleLists {
    /// Brand names; `=` marks names that are also everyday words, matched only when capitalised.
    static let brandNames = """
        # Banks and money
        Barclays
        HSBC
        Lloyds
        NatWest
        Santander
        Halifax
        Monzo
        Starling
        Revolut
        TSB
        Metro Bank
        Royal Bank of Scotland
        PayPal
        Klarna
        Clearpay
        Mastercard
        =Visa
        American Express
        Experian
        Equifax
        # Technology, apps and websites
        Google
        Gmail
        Facebook
        WhatsApp
        Instagram
        TikTok
        YouTube
        Microsoft
        =Windows
        =Apple
        iPhone
        Android
        Amazon
        eBay
        Twitter
        Firefox
        =Chrome
        =Outlook
        Yahoo
        Netflix
        # Shops
        Tesco
        Sainsbury
        Asda
        Aldi
        Lidl
        Morrisons
        Argos
        Marks and Spencer
        """

    /// Public, non-commercial sites, plus the reserved example domains for made-up addresses.
    static let allowedLinks = """
        gov.uk
        nhs.uk
        police.uk
        example.org
        example.com
        example.co.uk
        """

    /// Words many new learners do not know yet.
    static let jargon = """
        browser
        URL
        phishing
        malware
        encryption
        two-factor authentication
        cookie
        firewall
        router
        APR
        AER
        overdraft
        direct debit
        standing order
        credit score
        """
}
