// Written by scripts/update-built-in-rules from lessons/rules; do not edit by hand.

/// The bundled library's house rules, built in so that every lesson folder gets them.
enum BundledRuleLists {
    /// The text of lessons/rules/brand-names.txt.
    static let brandNames = #"""
        # Names that must not appear in a lesson.
        #
        # Taster is neutral: lessons use made-up people ("Sam", "Priya"), made-up firms
        # ("Example Bank", "Corner Shop") and addresses under example.org or example.com.
        #
        # How lint reads this file:
        # - one name per line; blank lines and lines starting with # are ignored;
        # - a name matches as a whole word or phrase, with case ignored
        #   ("paypal" matches "PayPal", but "BT" does not match "debt");
        # - a name with an apostrophe also matches without it (Sainsbury's, Sainsburys).
        #
        # Names that are also everyday words are left out on purpose, or listed only in
        # a longer form, because lint would flag ordinary sentences. Watch for these by
        # eye when you review a lesson: Apple, Boots, Chase, Edge, Iceland, Messenger,
        # Next, Opera, Outlook, Safari, Signal, Sky, Teams, Three, Tide, Very, Windows,
        # Wise, X, Zoom.
        #
        # Add your own names at the end. Keep the list sorted within each group.

        # Banks and building societies
        Bank of Scotland
        Barclaycard
        Barclays
        Clydesdale Bank
        Co-operative Bank
        Coventry Building Society
        Danske Bank
        First Direct
        Halifax
        HSBC
        Leeds Building Society
        Lloyds
        Metro Bank
        Monzo
        Nationwide Building Society
        NatWest
        Royal Bank of Scotland
        RBS
        Santander
        Skipton Building Society
        Starling
        Tesco Bank
        TSB
        Ulster Bank
        Virgin Money
        Yorkshire Building Society

        # Payment apps, money apps and lenders
        Apple Pay
        Cash App
        Clearpay
        Google Pay
        Klarna
        Laybuy
        PayPal
        Revolut
        Venmo
        Zopa

        # Credit reference agencies
        Equifax
        Experian
        TransUnion

        # Big technology firms, devices and systems
        Alexa
        Android
        Apple Inc
        Apple Watch
        Chromebook
        ChromeOS
        Dell
        Google
        Huawei
        iCloud
        iPad
        iPhone
        iOS
        Kindle
        Lenovo
        Linux
        MacBook
        macOS
        Meta
        Microsoft
        Microsoft Windows
        Samsung
        Siri

        # Web browsers
        Chrome
        Firefox
        Internet Explorer
        Microsoft Edge

        # Search engines
        Bing
        DuckDuckGo
        Ecosia
        Yahoo

        # Email providers
        AOL
        Gmail
        Hotmail
        Microsoft Outlook
        Proton Mail
        Yahoo Mail

        # Social networks, messaging and calls
        Discord
        Facebook
        Instagram
        Facebook Messenger
        LinkedIn
        Microsoft Teams
        Pinterest
        Reddit
        Skype
        Snapchat
        Telegram
        TikTok
        Twitter
        Viber
        WhatsApp
        YouTube

        # Shopping, selling and services online
        Airbnb
        Amazon
        Deliveroo
        eBay
        Etsy
        Gumtree
        Just Eat
        Netflix
        Spotify
        Uber
        Vinted

        # Big UK shops and supermarkets
        Aldi
        Argos
        Asda
        B&M
        B&Q
        Co-op
        Currys
        Home Bargains
        John Lewis
        Lidl
        Marks & Spencer
        Marks and Spencer
        M&S
        Morrisons
        Poundland
        Primark
        Sainsbury's
        Screwfix
        Superdrug
        Tesco
        Waitrose
        Wickes
        Wilko

        # Phone, broadband and TV firms
        BT
        EE
        giffgaff
        Lebara
        Lycamobile
        O2
        Plusnet
        Sky Broadband
        Sky Mobile
        TalkTalk
        Three Mobile
        Virgin Media
        Vodafone

        # Parcel firms
        DHL
        DPD
        Evri
        Hermes
        Royal Mail
        Yodel

        # Your own additions
        """#

    /// The text of lessons/rules/allowed-links.txt.
    static let allowedLinks = #"""
        # Where links in a lesson may point.
        #
        # Taster is neutral: a lesson links only to public, non-commercial sources,
        # and uses reserved example addresses for anything made up.
        #
        # How lint reads this file:
        # - one host per line; blank lines and lines starting with # are ignored;
        # - lint finds every web address in a lesson: anything starting http:// or
        #   https://, and anything starting www.;
        # - an address is allowed when its host is one of these, or ends with a dot and
        #   one of these (gov.uk allows www.gov.uk and www.ncsc.gov.uk);
        # - a link to a real site must start https://. Made-up addresses under the
        #   example hosts below may start http://, to teach the difference.
        # - an email address in a lesson must be made up (under an example host), or
        #   be a public service's address written here in full, such as the National
        #   Cyber Security Centre's reporting address below.
        #
        # Keep links few: one or two per lesson at most. Prefer a home page to a deep
        # page, because deep pages move. Add hosts at the end, with a comment saying why
        # the source is public and non-commercial.

        # UK government and public bodies
        gov.uk
        gov.scot
        gov.wales
        llyw.cymru
        nhs.uk
        nhs.scot
        police.uk
        parliament.uk
        ofcom.org.uk
        fca.org.uk
        ico.org.uk
        fscs.org.uk
        financial-ombudsman.org.uk
        # gov.uk already covers ncsc.gov.uk, nidirect.gov.uk and the like.

        # Free, impartial money guidance (set up by government)
        moneyhelper.org.uk

        # Universities and colleges
        ac.uk

        # Charities giving free advice
        citizensadvice.org.uk
        cas.org.uk
        adviceni.net
        stepchange.org
        nationaldebtline.org

        # Public broadcaster, no adverts in the UK
        bbc.co.uk

        # Reserved for made-up examples (RFC 2606): they never belong to a real firm.
        example.org
        example.com
        example.net
        # Used by some UK guides for made-up addresses, but it is not covered by that
        # reservation: prefer example.org or example.com.
        example.co.uk

        # Public services' email addresses, allowed in full
        report@phishing.gov.uk

        # Public fraud-prevention campaigns, cited as lesson sources:
        # Take Five is run by UK Finance and backed by the government; Stop Scams UK
        # runs the 159 service as a not-for-profit. Neither sells anything to learners.
        takefive-stopfraud.org.uk
        stopscamsuk.org.uk
        # The Payment Systems Regulator, a public regulator, cited for refund rules.
        psr.org.uk
        """#

    /// The text of lessons/rules/jargon.txt.
    static let jargon = #"""
        # Jargon: words a lesson must explain if it uses them.
        #
        # Many learners have never been told what these words mean, and feel foolish
        # asking. So a lesson that uses one of these words explains it, in that lesson,
        # the first time it is used, even if another lesson explains it too.
        #
        # How lint reads this file:
        # - one word or phrase per line; blank lines and lines starting with # are
        #   ignored;
        # - a lesson USES a word when the word appears as a whole word or phrase, case
        #   ignored, in anything the learner reads: step text, options, feedback,
        #   hints, explain and solution. A plural ending in s or es counts too (links).
        #   Text inside a web address does not count (the "www" in www.example.org).
        # - a lesson EXPLAINS a word when, in the text of one of its steps, either
        #   - the word appears in bold, such as **link** or **links**, or
        #   - the word is followed, later in the same sentence, by "means", "is a",
        #     "is an", "is the" or an opening bracket "(".
        # - lint warns when a lesson uses a word and never explains it.
        #
        # The house style for authors: put the word in bold the first time, and explain
        # it in the same sentence or the next one. For example:
        #   A **link** is a word or picture you can click to go to another page.
        #
        # Add words at the end, one per line.

        # Computers and the web
        app
        backspace
        browser
        caps lock
        cursor
        download
        drop-down
        https
        link
        pop-up
        search engine
        sponsored
        keyword
        upload
        URL
        web address
        wi-fi

        # Email and messages
        attachment
        bcc
        cc
        inbox
        reply all
        spam

        # Staying safe
        domain
        malware
        passphrase
        password manager
        phishing
        remote access
        smishing
        two-factor authentication
        two-step verification
        username

        # Forms
        required field

        # Money
        AER
        APR
        direct debit
        interest rate
        overdraft
        representative APR
        unit price
        """#

}
