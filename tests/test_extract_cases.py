"""A table of short cases, each a specification of one extraction behaviour.

Every sentence here was written for this suite. `FIGURES`: the text yields exactly one figure
with these numbers, with these fields. `NO_FIGURES`: the text yields no figure at all. `EVENTS`: the text yields an
event of this type with these fields. `NO_EVENTS`: no event of the given type.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract_events

US, UK, RU, UA = "United States", "United Kingdom", "Russia", "Ukraine"
NK, SK = "North Korea", "South Korea"

# (id, text, expected fields of the single figure)
FIGURES = [
    (
        "prosecutors-are-the-datelines-state-not-the-last-state-quoted",
        "KYIV - Russia's defence ministry claims Kyiv has lost a million men. Prosecutors say "
        "about 9,000 Ukrainian soldiers are held in Russian captivity.",
        dict(value=9000, source="Ukraine"),
    ),
    (
        "casualties-approaching-a-number-are-about-that-many",
        "Western officials said Russian casualties were approaching 900,000.",
        dict(value=900000, qualifier="approx", metric="casualties"),
    ),
    (
        "gang-members-killed-are-armed-personnel-lost",
        "At least 300 gang members have been killed in police operations since January, the "
        "Haitian National Police said.",
        dict(low=300, metric="killed", source="Haiti"),
    ),
    (
        "the-first-of-two-counts-sharing-a-noun-is-its-own-peoples",
        "Around 9,000 American and 5,000 Filipino troops are taking part in the drills.",
        dict(value=9000, subject=US, metric="troops"),
    ),
    (
        "the-second-of-two-counts-sharing-a-noun",
        "Around 9,000 American and 5,000 Filipino troops are taking part in the drills.",
        dict(value=5000, subject="Philippines", metric="troops"),
    ),
    (
        "a-forces-name-holding-people-is-a-name-not-people",
        "Taiwan's defence ministry says about 9,000 People's Liberation Army personnel took "
        "part in the drills.",
        dict(value=9000, subject="China", source="Taiwan"),
    ),
    (
        "armed-regulars-are-personnel",
        "The military says the NPA is down to about 1,200 armed regulars nationwide.",
        dict(value=1200, metric="troops"),
    ),
    (
        "a-figure-a-side-posted-on-its-own-social-media-is-no-rumour",
        "Ukraine's General Staff said Russia had lost more than 900,000 soldiers killed and "
        "wounded, a milestone it marked with a graphic on its social media channels.",
        dict(low=900000, metric="casualties", source="Ukraine"),
    ),
    (
        "invaders-eliminated-are-losses",
        "Over the past day, Ukrainian defenders eliminated 1,150 Russian invaders, the General "
        "Staff reported.",
        dict(value=1150, metric="killed", subject=RU),
    ),
    (
        "the-ministry-is-the-ministry-its-state-named-last-in-a-sentence",
        "Burkina Faso's energy ministry said it could spare no fuel, but Niger's defence "
        "ministry announced it would send a convoy. The ministry said about 300 soldiers would "
        "escort the tankers.",
        dict(value=300, source="Niger"),
    ),
    (
        "a-spokeswoman-for-its-command-speaks-for-what-its-recalls",
        "Germany's brigade in Lithuania is growing. A spokeswoman for its operational command "
        "said 1,850 service members were in the country on February 1.",
        dict(value=1850, source="Germany"),
    ),
    (
        "a-kind-of-body-before-a-peoples-word-and-officials-learns-no-name",
        "Kyiv says the militia Western officials blame for the raid has about 400 fighters.",
        dict(value=400, source="Ukraine"),
    ),
    (
        "the-datelines-ministry-speaks-of-its-own-countrys-forces-after-another-state",
        "CAPE TOWN - Malawi's government said three of its soldiers had died. The defence "
        "ministry said nearly 2,800 South African troops were deployed in Congo.",
        dict(value=2800, source="South Africa"),
    ),
    (
        "the-language-of-a-statement-is-no-place",
        "Hamas said in a statement in Arabic that its fighters had killed nine Israeli soldiers.",
        dict(value=9, metric="killed", source="Hamas", location=None),
    ),
    (
        "an-estimate-by-western-officials-names-no-body",
        "An estimate by Western officials puts the number at 3,000 Russian troops.",
        dict(value=3000, source=None),
    ),
    (
        "a-language-word-before-a-noun-is-a-place",
        "Moscow says 1,200 Ukrainian soldiers are now trapped on Russian territory.",
        dict(value=1200, location="Russia"),
    ),
    (
        "a-person-introduced-by-an-apposition-speaks-for-its-state-later",
        "WASHINGTON - Dana Whitcombe, the deputy assistant secretary of defense for the Middle "
        "East, said the three soldiers were killed in a drone strike. About 2,500 U.S. troops "
        "are stationed in Iraq, Whitcombe said.",
        dict(value=2500, source=US),
    ),
    (
        "the-movement-is-the-group-just-named",
        "The Houthis have fired more than 100 missiles at ships. The movement says it has "
        "mobilised more than 200,000 fighters since the strikes began.",
        dict(low=200000, source="Houthis"),
    ),
    (
        "as-per-names-the-claimant",
        "As per the Indian army, 40 militants were killed in the operation.",
        dict(value=40, metric="killed", source="India"),
    ),
    (
        "he-is-the-unnamed-official-the-sentence-before-opened-with",
        "Israel's military chief gave his own assessment on Wednesday. He said more than 3,500 "
        "Hezbollah fighters had been killed since October 2023.",
        dict(low=3500, metric="killed", source="Israel"),
    ),
    (
        "a-lists-next-item-without-a-noun-counts-like-the-item-before",
        "Who sends the troops?\n\nAccording to figures published by the AU Commission, the main "
        "troop contributors are:\n- Burundi: 3,000 soldiers, the largest contingent.\n"
        "- Malawi: 800, mostly in the north.",
        dict(value=800, subject="Malawi", source="African Union"),
    ),
    (
        "a-long-number-of-subject-counts-the-forces-of-its-owner",
        "The number of servicemen of the Democratic People's Republic of Korea in the Kursk "
        "region of the Russian Federation has reached 11 000, Ukraine's intelligence reported.",
        dict(value=11000, subject=NK, source=UA),
    ),
    (
        "a-colon-dateline-is-the-titled-officials-country",
        "NEW DELHI: Between 30 and 40 Pakistan Army personnel were killed along the Line of "
        "Control, Director General of Military Operations Lt Gen Arun Mehra told reporters.",
        dict(low=30, high=40, metric="killed", source="India", subject="Pakistan"),
    ),
    (
        "data-from-the-ministry-is-the-counted-armys-state",
        "Washington says Belgrade massed troops. The Serbian Army has around 28,000 active-duty "
        "personnel, according to data from the Ministry of Defence.",
        dict(value=28000, source="Serbia", subject="Serbia"),
    ),
    (
        "the-dead-included-in-a-casualty-estimate",
        "The spy agency now estimates North Korean casualties at about 4,500, including some 500 "
        "dead.",
        dict(value=500, metric="killed", subject=NK),
    ),
    (
        "soldiers-embraced-shahadat",
        "During the exchange of fire, five soldiers embraced shahadat, the ISPR said.",
        dict(value=5, metric="killed"),
    ),
    (
        "fighters-held-in-detention-are-captured",
        "About 8,000 Islamic State fighters remain in detention facilities in northeast Syria.",
        dict(value=8000, metric="captured"),
    ),
    (
        "a-based-monitor-is-not-the-state-it-sits-in",
        "Thirty-one fighters of the Syrian National Army were killed, the Britain-based monitor "
        "said.",
        dict(value=31, metric="killed", source=None),
    ),
    (
        "a-quoted-loss-count-after-put-at",
        "Azerbaijan's defence ministry said it repelled an attack. It put Armenian losses at "
        '"no fewer than 25" killed.',
        dict(low=25, metric="killed", subject="Armenia", source="Azerbaijan"),
    ),
    (
        "troops-under-an-alliances-command-are-the-alliances",
        "Rutte noted that more than 30,000 troops from many countries are under NATO's direct "
        "command in the east.",
        dict(low=30000, subject="NATO"),
    ),
    (
        "a-strong-count-right-before-a-named-force",
        "The 28,500-strong U.S. Forces Korea is stationed here under a mutual defence treaty.",
        dict(value=28500, subject=US),
    ),
    (
        "the-most-capable-of-the-factions-is-a-comparison-not-a-capability",
        "Analysts say Kataib Hezbollah, the most capable of the Iraqi factions, fields about "
        "12,000 fighters.",
        dict(value=12000, subject="Kataib Hezbollah"),
    ),
    (
        "an-anonymous-source-who-asked-not-to-be-named-still-asserts",
        "A military source who asked not to be named said the RSF had massed about 9,000 "
        "fighters near El Obeid.",
        dict(value=9000, subject="Rapid Support Forces"),
    ),
    (
        "a-capture-count-coordinated-with-a-kill-count",
        "Troops repelled the raid, killing 31 Houthi fighters and capturing nine, the army said.",
        dict(value=9, metric="captured", subject="Houthis"),
    ),
    (
        "two-more-wounded-after-one-killed",
        "One Kurdish fighter was killed and two were wounded in the clash, the SDF said.",
        dict(value=2, metric="wounded"),
    ),
    (
        "members-named-by-their-force-revolutionary-guards",
        "Gunmen killed six Revolutionary Guards near Zahedan, Iranian state media said.",
        dict(value=6, metric="killed", subject="Iran"),
    ),
    (
        "an-armed-groups-statement-on-social-media-is-no-rumour",
        "Jaish al-Adl said in a statement on social media that its fighters had killed five "
        "Revolutionary Guards.",
        dict(value=5, metric="killed", source="Jaish al-Adl"),
    ),
    (
        "iraqs-popular-mobilization-forces-count-as-iraqs",
        "The Popular Mobilization Forces have about 230,000 fighters on the state payroll.",
        dict(value=230000, subject="Iraq"),
    ),
    (
        "a-spy-agency-cited-owns-none-of-the-forces-it-counts",
        "According to the NIS, about 2,000 more troops were shipped to Russia's Far East.",
        dict(value=2000, source="South Korea"),
    ),
    (
        "military-analysts-are-outsiders-not-the-state",
        "Military analysts say that an estimated 900 Kenyan soldiers are still in the mission.",
        dict(value=900, subject="Kenya", source=None),
    ),
    (
        "a-news-site-named-after-its-kind-is-the-claimant",
        "The Peruvian news site Ojo Publico estimated that about 150 former Peruvian soldiers had "
        "joined the fighting.",
        dict(value=150, source="Ojo Publico"),
    ),
    (
        "an-alliance-known-as-a-hyphenated-name",
        "The rebel alliance known as the FLA-CSP said it had killed at least 40 soldiers.",
        dict(low=40, source="FLA-CSP"),
    ),
    (
        "losses-that-number-a-count",
        "Russian casualties now number about 400,000, British defence intelligence says.",
        dict(value=400000, metric="casualties", subject=RU, source="United Kingdom"),
    ),
    (
        "the-dead-included-in-a-casualty-count",
        "Some 9,000 Russian soldiers were killed or wounded near Avdiivka, including about 2,500 "
        "who died, British intelligence estimates.",
        dict(value=2500, metric="killed", subject=RU, source="United Kingdom"),
    ),
    (
        "part-of-the-roughly-counted-force",
        "Around 3,000 of the roughly 12,000 North Korean soldiers in Russia have been rotated "
        "home, Seoul says.",
        dict(value=3000, subject=NK, source="South Korea"),
    ),
    (
        "a-thread-s-head-names-who-our-is",
        "Thread by @ArmeniaMoD (Ministry of Defence of Armenia), 3 March 2026\n\n1/ Per our "
        "intelligence, Azerbaijan has moved about 3,000 troops to the Syunik border.",
        dict(value=3000, source="Armenia", subject="Azerbaijan"),
    ),
    (
        "the-directorate-recalls-the-intelligence-directorate-named-before",
        "Ukraine's military intelligence directorate said North Korean troops had reached the "
        "front. The directorate added that about 300 of them had been killed near Sudzha.",
        dict(value=300, source=UA, subject=NK),
    ),
    (
        "the-group-speaking-is-the-armed-group-a-sentence-before-named",
        "The fighters of Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's Sahel affiliate, "
        "struck again. In a claim on its media arm, the group said it killed 60 soldiers.",
        dict(value=60, metric="killed", source="JNIM"),
    ),
    (
        "the-group-speaking-is-the-monitor-that-opened-the-sentence-before",
        "ACLED, which tracks political violence, has recorded 312 Houthi fighters killed. The real "
        "number could be as high as 500, the group said.",
        dict(value=312, source="Armed Conflict Location & Event Data Project"),
    ),
    (
        "a-guards-corps-is-counted-like-soldiers-in-a-battle",
        "Baghdad said its forces killed 4,000 Iranian Revolutionary Guards east of Basra.",
        dict(value=4000, metric="killed", source="Iraq", subject="Iran"),
    ),
    (
        "men-a-loss-word-follows-in-a-battle-are-losses",
        "Kinshasa said the rebels retreated from the hills, leaving 140 men killed.",
        dict(value=140, metric="killed"),
    ),
    (
        "a-group-named-with-its-home-country-owns-what-its-leader-says-his-group-has",
        "Yemen's Houthi leader said on Thursday that his movement now has 200,000 fighters.",
        dict(value=200000, source="Houthis", subject="Houthis"),
    ),
    (
        "home-country-possessive-before-an-armed-group-is-not-the-owner",
        "Sudan's RSF commander told a rally that his forces number about 100,000 men.",
        dict(value=100000, subject="Rapid Support Forces"),
    ),
    (
        "one-business-word-does-not-make-a-force-figure-civilian",
        "Russia has about 600,000 troops in Ukraine, investors were told at an arms fair.",
        dict(value=600000, subject=RU),
    ),
    (
        "forces-a-country-hosts-are-in-that-country",
        "Romania now hosts about 5,000 allied troops, most of them French, the ministry said.",
        dict(value=5000, location="Romania"),
    ),
    (
        "a-speaker-named-right-after-a-closing-relative-clause-claims-it",
        "The change does not touch the number of British troops in Estonia, which stands at "
        "about 900, the Ministry of Defence said.",
        dict(value=900, subject=UK),
    ),
    (
        "an-aside-and-now-between-speaker-and-verb",
        "Britain's Defence Intelligence, in its regular update, now estimates that Russia has "
        "around 690,000 personnel in occupied Ukraine.",
        dict(value=690000, source=UK, subject=RU),
    ),
    (
        "recruits-a-month-beside-a-loss-count-are-a-flow-the-losses-a-figure",
        "Russia has suffered more than 900,000 casualties, and Moscow is recruiting around "
        "25,000 new contract soldiers a month.",
        dict(low=900000, metric="casualties"),
    ),
    (
        "soldiers-sent-to-make-up-for-losses-are-troops-not-losses",
        "Seoul says Pyongyang has sent about 2,000 more soldiers to Russia to make up for heavy "
        "losses in Kursk.",
        dict(value=2000, metric="troops", subject=NK, source=SK),
    ),
    (
        "a-bare-count-after-a-verb-of-loss-continues-the-forces-just-counted",
        "Officials said at least 40 Nigerien soldiers were killed in the ambush, while the "
        "jihadists claimed to have killed over 120.",
        dict(low=120, metric="killed", subject="Niger"),
    ),
    (
        "the-number-of-soldiers-killed-has-risen-to-a-small-count",
        "The number of Malawian soldiers killed in eastern Congo has risen to 6, the army said.",
        dict(value=6, metric="killed", subject="Malawi"),
    ),
    (
        "the-real-number-of-dead-after-a-sentence-counting-the-force",
        "OpenTally has confirmed the deaths of 80,000 Russian soldiers. Using probate records, "
        "it estimates that the real number of dead is likely between 120,000 and 160,000.",
        dict(low=120000, high=160000, metric="killed", subject=RU),
    ),
    (
        "the-owner-after-of-is-the-group-not-its-backer",
        "A monitor said 31 fighters of the Turkish-backed Syrian National Army and 12 members of "
        "the Kurdish-led Syrian Democratic Forces were killed.",
        dict(value=12, metric="killed", subject="Syrian Democratic Forces"),
    ),
    (
        "members-of-a-militia-counted-with-a-partitive",
        'The army said its forces killed "140 of the rebel militia" near Kadugli.',
        dict(value=140, metric="killed"),
    ),
    (
        "a-force-put-at-a-number-in-a-relative-clause-after-a-contrast",
        "Rwandan troops, whose number Kigali has never disclosed but which diplomats put at "
        "around 4,000, are deployed in North Kivu.",
        dict(value=4000, subject="Rwanda", source=None),
    ),
    (
        "more-killed-after-that-continues-the-count-just-made",
        "The outlet said it had identified 90 of the Colombian mercenaries by name, and that at "
        "least 27 had been killed in Sudan.",
        dict(low=27, metric="killed", subject="Colombia"),
    ),
    (
        "others-opening-a-sentence-after-losses-are-more-of-the-same-force",
        "At least 17 Colombian mercenaries have been killed in Sudan. Three others are believed "
        "to have been captured by the army.",
        dict(value=3, metric="captured", subject="Colombia"),
    ),
    (
        "a-forecast-that-moves-the-count-just-made-is-a-hedged-figure",
        "Russia has massed about 90,000 troops near Zaporizhzhia and could raise that number to "
        "as many as 120,000 within weeks, Kyiv's intelligence chief said.",
        dict(high=120000, qualifier="at_most", subject=RU, source=UA, hedged=True),
    ),
    (
        "an-announced-arrival-is-not-an-imagined-force",
        "Chile said a third contingent of 240 soldiers would arrive in Port-au-Prince next month.",
        dict(value=240, subject="Chile"),
    ),
    (
        "a-description-of-a-body-after-its-name-does-not-speak-for-its-country",
        "The most cautious count comes from OpenTally, the independent Russian outlet, which has "
        "confirmed by name at least 97,000 Russian military deaths.",
        dict(low=97000, metric="killed", source="OpenTally", subject=RU),
    ),
    (
        "a-name-joined-by-an-en-dash-and-its-based-country",
        "The Centre for Security Studies–Sahel, a Dakar-based think tank, estimates that JNIM "
        "has about 6,000 fighters.",
        dict(value=6000, source="Centre for Security Studies–Sahel", subject="JNIM"),
    ),
    (
        "a-number-written-in-words-inside-quotation-marks",
        'The rebel alliance said its fighters had killed "some 2.5 thousand" junta troops in the '
        "offensive.",
        dict(value=2500, metric="killed", qualifier="approx"),
    ),
    (
        "two-names-of-one-group-joined-by-a-slash",
        "Ankara said its forces had neutralised 17 PKK/YPG militants in northern Iraq.",
        dict(value=17, metric="killed", source="Turkey"),
    ),
    (
        "a-number-in-a-compound-adjective-is-not-another-count",
        "Estonian officials said about 3,000 two-year conscripts are now in training.",
        dict(value=3000, source="Estonia"),
    ),
    (
        "the-loss-of-soldiers-is-their-death",
        "The Nigerien army acknowledged the loss of about 20 soldiers in the ambush.",
        dict(value=20, metric="killed", subject="Niger"),
    ),
    (
        "a-list-inside-an-apposition-that-clause-does-not-hide-the-speaker",
        "OpenCasualty, a volunteer project that reads obituaries, court records and cemetery "
        "photographs, has confirmed the deaths of 61,200 Russian soldiers.",
        dict(value=61200, metric="killed", source="OpenCasualty"),
    ),
    (
        "an-unnamed-spokesman-after-the-figure-speaks-for-the-sentences-subject",
        "NATO now has some 500,000 troops on high readiness, a spokeswoman said on Monday.",
        dict(value=500000, source="NATO"),
    ),
    (
        "officials-named-inside-a-which-clause-claim-its-figure",
        "TEL AVIV - The call-up, which defence officials said would involve roughly 7,000 "
        "reservists, starts next week.",
        dict(value=7000, source="Israel"),
    ),
    (
        "the-number-of-a-nationality-killed-put-at-a-range",
        "Ukrainian military bloggers put the number of Ukrainians killed at between 40 and 50.",
        dict(low=40, high=50, metric="killed", subject=UA),
    ),
    (
        "the-dead-among-the-casualties-just-counted",
        "Kyiv said Russian forces had suffered roughly 9,000 casualties in the offensive, among "
        "them about 2,500 dead.",
        dict(value=2500, metric="killed", subject=RU, source=UA),
    ),
    (
        "the-armys-own-losses-are-the-home-countrys",
        "Chad's army said on Monday that it had repelled an attack near the lake. A spokesman "
        "said the army's own losses stood at 14 dead.",
        dict(value=14, metric="killed", subject="Chad"),
    ),
    (
        "a-sides-own-losses-after-lost-n-of-their-own",
        "Hezbollah said its fighters had killed 30 Israeli soldiers and had lost 9 of their own.",
        dict(value=9, metric="killed", subject="Hezbollah"),
    ),
    (
        "forces-moved-from-one-place-to-another-are-where-they-went",
        "Kyiv's military intelligence says Moscow has shifted around 3,000 troops from Belarus "
        "to the Bryansk region.",
        dict(value=3000, subject=RU, location="Russia (Bryansk Oblast)", source=UA),
    ),
    (
        "troops-from-a-country-come-from-there-and-are-where-they-arrived",
        "About 1,200 troops from Chad arrived in northern Mali on Sunday, the mission said.",
        dict(value=1200, subject="Chad", location="Mali"),
    ),
    (
        "troops-withdrawn-from-a-country-were-there",
        "France will withdraw its remaining 1,000 troops from Chad by January, Paris said.",
        dict(value=1000, subject="France", location="Chad"),
    ),
    (
        "an-outlets-language-service-is-the-outlet-not-the-country",
        "The BBC's Russian service has confirmed by name the deaths of 95,000 Russian soldiers.",
        dict(value=95000, metric="killed", source="BBC", subject=RU),
    ),
    (
        "a-passive-estimate-whose-agent-follows-the-figure",
        "Al-Shabaab's fighters, estimated at 7,000 to 9,000 by American officials, hold much "
        "of the countryside.",
        dict(low=7000, high=9000, qualifier="range", source=US, subject="al-Shabaab"),
    ),
    (
        "by-a-date-after-a-passive-estimate-is-no-agent",
        "Russian troops, estimated at 48,000 by the end of the month, are massing near Kharkiv, "
        "Kyiv said.",
        dict(value=48000, source=UA),
    ),
    (
        "a-part-after-including-belongs-to-the-figure-before-it",
        "Seoul's spy agency said North Korean casualties in the war had reached about 4,000, "
        "including some 1,100 dead.",
        dict(value=1100, metric="killed", subject=NK, source=SK),
    ),
    (
        "approx-with-a-full-stop-keeps-the-number-in-its-sentence",
        "Tbilisi says Moscow has raised its personnel at the two bases to approx. 4,500.",
        dict(value=4500, qualifier="approx", source="Georgia", subject=RU),
    ),
    (
        "losses-the-national-army-records-in-its-ranks-are-the-home-countrys",
        "Niger's defence minister spoke to state television on Sunday. He said the national "
        "army had counted 57 killed and 80 wounded in its ranks since March.",
        dict(value=57, metric="killed", subject="Niger", source="Niger"),
    ),
    (
        "deaths-among-the-armys-own-soldiers",
        "Chad's government issued a statement on Friday. The army has recorded 96 deaths among "
        "its soldiers this year, it said.",
        dict(value=96, metric="killed", subject="Chad"),
    ),
    (
        "a-party-whose-fighting-left-dead-does-not-count-them",
        "Fighting with the Rapid Support Forces left more than 100 fighters dead near the town.",
        dict(low=100, metric="killed", source=None),
    ),
    (
        "a-force-said-to-be-n-strong-after-a-copula",
        "Analysts in Khartoum say the Rapid Support Forces are now roughly 40,000 strong.",
        dict(value=40000, qualifier="approx", subject="Rapid Support Forces"),
    ),
    (
        "a-unit-is-n-strong",
        "Kyiv says the new assault brigade is 3,500 strong and ready for the front.",
        dict(value=3500, source=UA),
    ),
    (
        "reinforcements-of-a-number-of-men",
        "Russian reinforcements of 2 thousand 300 men arrived in Kursk yesterday.",
        dict(value=2300, subject=RU),
    ),
    (
        "a-transcripts-speaker-label-speaks-for-the-body-the-intro-ties-them-to",
        "Frontlines, episode 12\n\nHOST: With me is Lena Novak of the Danube Security Forum. "
        "How big is the militia?\nLENA NOVAK: Hard to say. I'd say 2,000 or so Wagner "
        "fighters in the north alone.",
        dict(value=2000, source="Danube Security Forum"),
    ),
    (
        "kia-wia-are-killed-and-wounded-together",
        "Enemy losses over the past day in this sector, by our count: 90 KIA/WIA.",
        dict(value=90, metric="casualties"),
    ),
    (
        "a-force-n-strong-after-its-noun",
        "The paper describes the new North Korean arrivals as a force 4,000-strong made up "
        "largely of engineers.",
        dict(value=4000, subject=NK),
    ),
    (
        "the-better-part-of-a-number-is-about-it",
        "In our count it is the better part of 3,000 Russian soldiers now.",
        dict(value=3000, qualifier="approx"),
    ),
    (
        "a-strength-now-before-a-strength-by-a-later-year",
        "The Bundeswehr says its brigade there now stands at about 1,500 soldiers, rising to "
        "4,800 by the end of 2099.",
        dict(value=1500),
    ),
    (
        "an-interview-answers-figure-is-the-interviewees",
        "An interview on the border\n\nThe following interview with Estonia's defence minister "
        "was conducted in Tallinn.\n\nQ: Who is on the ground?\nA: Right now there are about "
        "800 French soldiers in Tapa.\n\nQ: More?\nA: We hope so.",
        dict(value=800, source="Estonia", subject="France"),
    ),
    (
        "a-briefing-by-a-spy-agency-is-the-source-of-a-lawmakers-figure",
        "Pyongyang has now sent about 14,000 troops to Russia, a lawmaker said after a "
        "closed-door briefing by South Korea's spy agency.",
        dict(value=14000, source=SK),
    ),
    (
        "estimates-cited-by-the-press-are-nobodys-named-claim",
        "The militia still has about 18,000 fighters, according to Western estimates cited by "
        "Lebanese media.",
        dict(value=18000, source=None),
    ),
    (
        "the-institute-named-without-for-in-an-earlier-line",
        "The Andes Security Institute published its yearly survey on Monday.\n\n- The institute "
        "estimates the army's total strength at about 90,000 personnel.",
        dict(value=90000, source="Andes Security Institute"),
    ),
    (
        "a-total-of-effectives-arrives-at-a-number-of-men-and-women",
        "With these reinforcements, the total of military effectives in the province arrives at "
        "more than 8.000 men and women.",
        dict(low=8000, qualifier="at_least"),
    ),
    (
        "part-of-a-force-after-of-which",
        "Officials say the FDLR has about 1,500 fighters in Congo, of which some 600 are near "
        "Goma.",
        dict(value=600),
    ),
    (
        "counts-with-means-has-not-says",
        "In Caracas, the army estimates that the ELN counts with about 4.100 armed members.",
        dict(value=4100, source="Venezuela", subject="ELN"),
    ),
    (
        "an-official-summarys-headline-owns-its-figures",
        "Summary of the Ministry of Defence of the Republic of Belarus on the border situation\n\n"
        "Units of the border group improved their positions. The losses of the enemy amounted to "
        "up to 40 servicemen and two vehicles.",
        dict(high=40, source="Belarus"),
    ),
    # --- dev2's phrasings, in our own words (session 9) ---------------------------------------
    (
        "the-centre-of-a-report-letterhead",
        "Caspian Security Brief No. 3\n\nCentre for Caspian Security Studies | Brief No. 3 | "
        "2 May 2026\n\nKEY POINTS\n\n1. Russia now keeps between 3,000 and 3,500 personnel "
        "in Armenia, the Centre estimates, most of them in Gyumri.",
        dict(low=3000, high=3500, source="Centre for Caspian Security Studies"),
    ),
    (
        "an-unnamed-defence-secretary-of-the-forces-state",
        "Around 600 soldiers began arriving at the base this week, taking the number of British "
        "personnel in the country to roughly 1,600, the Defence Secretary confirmed.",
        dict(value=1600, source=UK),
    ),
    (
        "an-armed-groups-name-between-number-and-noun",
        "The junta says its forces killed 1,200 People's Defence Force fighters in the offensive.",
        dict(value=1200, metric="killed", subject="People's Defence Force"),
    ),
    (
        "the-army-national-guard-is-american",
        "About 300 soldiers of the Army National Guard left for Kosovo on Saturday.",
        dict(value=300, subject=US),
    ),
    # --- session 9: phrasings of translated copy and anaphora ---------------------------------
    (
        "a-quoted-role-noun-still-counts",
        'The junta in Niamey says around 900 Turkish "advisers" are in the country today.',
        dict(value=900, subject="Turkey", qualifier="approx"),
    ),
    (
        "it-numbers-after-a-sentence-naming-the-army",
        "Finland's army is the backbone of its defence. Its commander says it numbers about "
        "280,000 men and women in wartime.",
        dict(value=280000, subject="Finland"),
    ),
    (
        "soldiers-who-fell-in-an-attack-are-killed",
        "Some 27 soldiers fell in the attack on the garrison at Diapaga, the army of Burkina Faso "
        "said.",
        dict(value=27, metric="killed"),
    ),
    (
        "fallen-on-the-field-of-honour-in-a-translated-communique",
        '"We mourn 9 soldiers fallen on the field of honour," precises the communiqué of the '
        "army of Chad.",
        dict(value=9, metric="killed", source="Chad"),
    ),
    (
        "informs-after-the-figure-in-translated-copy",
        "Enemy losses since the start of the war have reached about 650 000 persons, informs the "
        "General Staff of the Armed Forces of Ukraine.",
        dict(value=650000, source=UA),
    ),
    (
        "police-deployed-in-a-second-country",
        "Kenya has deployed 1,000 police officers in Haiti, the government said.",
        dict(value=1000, subject="Kenya", location="Haiti"),
    ),
    # --- claimants an article leaves unnamed (session 8) -------------------------------------
    (
        "digest-bullet-files-the-army-under-its-country",
        "Overnight briefing\n\n• QATAR — Turkey says its garrison near Doha now has about 5,000 "
        "troops.\n• NIGERIA — The army said it killed 35 ISWAP fighters in Borno over the "
        "weekend.",
        dict(value=35, metric="killed", source="Nigeria"),
    ),
    (
        "own-armed-forces-with-own",
        "Washington keeps about 54,000 troops in Japan. Japan's own armed forces number about "
        "247,000 personnel, according to the Defence Ministry's annual white paper.",
        dict(value=247000, source="Japan", subject="Japan"),
    ),
    (
        "unnamed-ministry-counts-its-forces-abroad",
        "Lithuania hosts several allied battalions. The Defence Ministry said about 1,200 Dutch "
        "soldiers are now based in Lithuania.",
        dict(value=1200, source="Netherlands", subject="Netherlands"),
    ),
    (
        "unnamed-ministry-under-a-dateline-is-the-datelines",
        "VILNIUS — The Defence Ministry said about 1,200 Dutch soldiers are now based in "
        "Lithuania.",
        dict(value=1200, source="Lithuania", subject="Netherlands"),
    ),
    (
        "body-named-after-comes-from-with-apposition",
        "The highest count comes from the Institute for Caspian Security Studies, a Baku think "
        "tank, which puts Russian losses at about 900,000 killed and wounded.",
        dict(value=900000, source="Institute for Caspian Security Studies"),
    ),
    (
        "force-inside-a-think-tank-name",
        "The Centre for Joint Force Analysis, a Warsaw think tank, estimates that Belarus "
        "keeps about 9,000 soldiers near the Polish border.",
        dict(value=9000, source="Centre for Joint Force Analysis", subject="Belarus"),
    ),
    (
        "comma",
        "Russia has 10,000 soldiers near Kharkiv, Ukraine's army said.",
        dict(value=10000, qualifier="exact", metric="troops", source=UA, subject=RU),
    ),
    (
        "space-sep",
        "Ukraine's army said Russia had massed 10 000 troops near the border.",
        dict(value=10000, source=UA, subject=RU),
    ),
    (
        "dot-sep",
        "According to Kyiv, Moscow keeps 10.000 soldiers in the region.",
        dict(value=10000, source=UA, subject=RU),
    ),
    (
        "words",
        "Ten thousand North Korean soldiers are in Russia, Seoul said.",
        dict(value=10000, source=SK, subject=NK),
    ),
    (
        "words-lower",
        "Seoul said that some ten thousand North Korean troops had arrived.",
        dict(value=10000, qualifier="approx", source=SK),
    ),
    (
        "k-suffix",
        "Officials in Kyiv said Moscow had sent 10k troops to the front.",
        dict(value=10000, source=UA, subject=RU),
    ),
    (
        "strong",
        "France said its 1,200-strong contingent would leave Mali by June.",
        dict(value=1200, source="France", subject="France"),
    ),
    (
        "around",
        "Around 12,000 Russian troops are stationed in Belarus, Kyiv said.",
        dict(value=12000, qualifier="approx", source=UA, subject=RU),
    ),
    (
        "about",
        "The Pentagon said about 3,000 North Korean troops had reached the front.",
        dict(value=3000, qualifier="approx", source=US, subject=NK),
    ),
    (
        "roughly",
        "Roughly 4,500 Israeli soldiers are deployed along the border, the IDF said.",
        dict(value=4500, qualifier="approx", source="Israel", subject="Israel"),
    ),
    (
        "some",
        "Some 900 French soldiers remain in Chad, Paris said on Friday.",
        dict(value=900, qualifier="approx", source="France", subject="France"),
    ),
    (
        "an-estimated",
        "Britain's defence ministry said an estimated 7,000 Russian troops were moved north.",
        dict(value=7000, qualifier="approx", source=UK, subject=RU),
    ),
    (
        "between",
        "Seoul estimates that between 10,000 and 12,000 North Korean soldiers are in Russia.",
        dict(low=10000, high=12000, qualifier="range", source=SK, subject=NK),
    ),
    (
        "x-to-y",
        "Kyiv says 10,000 to 12,000 North Korean soldiers are fighting in Kursk.",
        dict(low=10000, high=12000, qualifier="range", source=UA),
    ),
    (
        "hyphen-range",
        "Ukraine's intelligence said 10,000-12,000 North Korean troops were in Russia.",
        dict(low=10000, high=12000, qualifier="range", source=UA),
    ),
    (
        "dash-range",
        "The ministry in Kyiv said 3,000–5,000 Russian soldiers had been moved.",
        dict(low=3000, high=5000, qualifier="range", source=UA),
    ),
    (
        "up-to",
        "Up to 15,000 Russian troops could be moved to the area by May, Kyiv warned.",
        dict(high=15000, qualifier="at_most", source=UA, hedged=True),
    ),
    (
        "more-than",
        "More than 3,000 Iranian advisers are in Syria, Israel's army said.",
        dict(low=3000, qualifier="at_least", source="Israel", subject="Iran"),
    ),
    (
        "over",
        "Over 2,500 U.S. troops are stationed in Iraq, the Pentagon said.",
        dict(low=2500, qualifier="at_least", source=US, subject=US),
    ),
    (
        "at-least",
        "At least 600 Wagner fighters are operating in Mali, France said.",
        dict(low=600, qualifier="at_least", source="France", subject="Wagner Group"),
    ),
    (
        "nearly",
        "Nearly 1,500 Chadian soldiers were deployed to Niger, Chad said.",
        dict(value=1500, qualifier="approx", source="Chad", subject="Chad"),
    ),
    (
        "almost",
        "Almost 2,000 Turkish troops remain in Syria, Ankara said.",
        dict(value=2000, qualifier="approx", source="Turkey", subject="Turkey"),
    ),
    (
        "thousand-decimal",
        "Kyiv said 1.5 thousand Belarusian soldiers were near the border.",
        dict(value=1500, source=UA, subject="Belarus"),
    ),
    (
        "million",
        "Russia's defence minister said 1.3 million soldiers now serve in the army.",
        dict(value=1300000, source=RU),
    ),
    (
        "half-dozen",
        "A half dozen Israeli soldiers were killed on Tuesday, the army said.",
        dict(value=6, metric="killed", source="Israel"),
    ),
    (
        "two-thousand",
        "Two thousand Kenyan police officers will deploy to Haiti, Nairobi said.",
        dict(value=2000, source="Kenya", subject="Kenya"),
    ),
    (
        "under",
        "Just under 5,000 Dutch soldiers are on missions abroad, The Hague said.",
        dict(high=5000, qualifier="at_most", source="Netherlands"),
    ),
    (
        "a-little-over",
        "A little over 900 U.S. troops remain in Syria, officials in Washington said.",
        dict(low=900, qualifier="at_least", source=US, subject=US),
    ),
    (
        "bare-exact",
        "Poland said it had deployed 17,000 soldiers to its eastern border.",
        dict(value=17000, qualifier="exact", source="Poland", subject="Poland"),
    ),
    # --- who says so ------------------------------------------------------------------------
    (
        "according-to",
        "According to the Pentagon, 8,000 North Korean troops are in Kursk.",
        dict(value=8000, source=US, subject=NK),
    ),
    (
        "x-said-after",
        "About 5,000 Russian troops crossed the river, Ukraine's general staff said.",
        dict(value=5000, source=UA),
    ),
    (
        "x-said-before",
        "Ukraine's military intelligence said 11,000 North Korean soldiers had arrived.",
        dict(value=11000, source=UA, subject=NK),
    ),
    (
        "x-estimates",
        "The Institute for the Study of War estimates 40,000 Russian troops are near Pokrovsk.",
        dict(value=40000, source="Institute for the Study of War"),
    ),
    (
        "put-number-at",
        "South Korean officials put the number of North Korean soldiers at 12,000.",
        dict(value=12000, source=SK, subject=NK),
    ),
    (
        "put-figure-at",
        "Seoul put the figure at about 13,000 North Korean troops.",
        dict(value=13000, source=SK, subject=NK),
    ),
    (
        "passive-by",
        "The number of North Korean troops in Russia is estimated by Seoul to be 11,000.",
        dict(value=11000, source=SK, subject=NK),
    ),
    (
        "nested",
        "U.S. officials said intelligence estimates put 10,000 North Korean soldiers in Russia.",
        dict(value=10000, source=US, subject=NK),
    ),
    (
        "us-and-uk",
        "U.S. and UK intelligence estimate 9,000 North Korean troops are in Russia.",
        dict(value=9000, source=f"{US}; {UK}", subject=NK),
    ),
    (
        "agency-nis",
        "South Korea's NIS said 1,500 North Korean special forces had left.",
        dict(value=1500, source=SK, subject=NK),
    ),
    (
        "agency-gur",
        "The GUR said 3,000 North Korean troops were training in Primorsky Krai.",
        dict(value=3000, source=UA, subject=NK),
    ),
    (
        "agency-cia",
        "The CIA believes 2,000 Iranian advisers are in Yemen.",
        dict(value=2000, source=US, subject="Iran"),
    ),
    (
        "metonym-kremlin",
        "The Kremlin said 5,000 Russian reservists had been called up in Moscow.",
        dict(value=5000, source=RU, subject=RU),
    ),
    (
        "metonym-tehran",
        "Tehran said 600 Iranian advisers were in Iraq.",
        dict(value=600, source="Iran", subject="Iran"),
    ),
    (
        "inverted",
        "There are 2,000 British troops in Estonia, said the Ministry of Defence in London.",
        dict(value=2000, subject=UK),
    ),
    (
        "apposition",
        "Mark Rutte, NATO's secretary general, said 500,000 troops are on high readiness.",
        dict(value=500000, source="NATO"),
    ),
    (
        "person-known",
        "Zelensky said 50,000 Russian troops were massed near Kursk.",
        dict(value=50000, source=UA, subject=RU),
    ),
    (
        "person-learned",
        "Ukraine's Defence Minister Oleh Kovalenko gave new figures. "
        "Kovalenko said 6,000 Russian soldiers were moved to Zaporizhzhia.",
        dict(value=6000, source=UA, subject=RU),
    ),
    (
        "previous-sentence-both",
        "Washington and London shared new intelligence. Officials "
        "from both countries estimate the number of North Korean troops at 11,000.",
        dict(value=11000, source=f"{US}; {UK}", subject=NK),
    ),
    (
        "the-ministry",
        "Armenia's defence ministry gave an update on Tuesday. The ministry said "
        "30 Armenian soldiers had been killed.",
        dict(value=30, metric="killed", source="Armenia"),
    ),
    (
        "pronoun-he",
        "Israel's army chief spoke to reporters. He said 400 Hamas fighters had been killed.",
        dict(value=400, metric="killed", source="Israel", subject="Hamas"),
    ),
    (
        "this-was-stated-by",
        "Up to 70,000 Russian troops are near Pokrovsk. This was stated by "
        "President Zelensky on Monday.",
        dict(high=70000, source=UA, subject=RU),
    ),
    (
        "quote-speaker",
        "“We now have about 3,000 soldiers in the north,” the Israeli army spokesman said.",
        dict(value=3000, source="Israel"),
    ),
    (
        "possessive-estimates",
        "Israel's estimates of Hezbollah's losses included 2,000 fighters killed.",
        dict(value=2000, metric="killed", source="Israel", subject="Hezbollah"),
    ),
    (
        "think-tank-own-name",
        "Analysts at the International Institute for Strategic Studies "
        "estimate that 20,000 Houthi fighters are active.",
        dict(value=20000, source="International Institute for Strategic Studies"),
    ),
    (
        "media-only",
        "The Financial Times reported that 1,000 Wagner mercenaries left Libya.",
        dict(value=1000, source="Financial Times", subject="Wagner Group"),
    ),
    (
        "media-and-official",
        "Chad's army said 800 Chadian troops crossed into Sudan, Reuters reported.",
        dict(value=800, source="Chad"),
    ),
    (
        "no-claimant",
        "More than 100,000 U.S. troops are in Europe today.",
        dict(low=100000, source=None, subject=US),
    ),
    (
        "experts-anonymous",
        "Experts estimate the militia to number 30,000 fighters.",
        dict(value=30000, source=None),
    ),
    (
        "country-possessive",
        "At least two Lithuanian soldiers were wounded, according to the "
        "country's defence ministry.",
        dict(low=2, metric="wounded", source="Lithuania"),
    ),
    (
        "by-passive-claimed",
        "Over 500 Houthi fighters were killed. This was claimed by the Saudi military on Sunday.",
        dict(low=500, metric="killed", source="Saudi Arabia"),
    ),
    (
        "united-states-not-a-verb",
        "Beijing has sent 3,000 soldiers to help the United States, Kyiv said in a statement.",
        dict(value=3000, source=UA, subject="China"),
    ),
    (
        "briefed-by",
        "Tehran has sent 2,000 fighters to Syria, Israeli lawmakers briefed by the "
        "spy agency said.",
        dict(value=2000, source="Israel", subject="Iran"),
    ),
    (
        "put-long-gap",
        "Poland put the number of Belarusian soldiers along the eastern border at around 4,000.",
        dict(value=4000, source="Poland", subject="Belarus"),
    ),
    (
        "contingent-no-claimant",
        "The Italian contingent, estimated at 1,100 soldiers, arrived in Lebanon last week.",
        dict(value=1100, source=None, subject="Italy"),
    ),
    (
        "continuation-other-force",
        "Kyiv estimates 20,000 Russian troops are near Sumy. The "
        "Belarusian contingent, estimated at 3,000 soldiers, stayed home.",
        dict(value=3000, source=None, subject="Belarus"),
    ),
    (
        "partitive-of-the",
        "Seoul's spy agency said about 300 of the 11,000 North Korean troops have died.",
        dict(value=300, metric="killed", source=SK, subject=NK),
    ),
    (
        "partitive-total",
        "Seoul's spy agency said about 300 of the 11,000 North Korean troops have died.",
        dict(value=11000, metric="troops", source=SK, subject=NK),
    ),
    (
        "losses-at",
        "Kyiv estimates Moscow's losses at 600,000.",
        dict(value=600000, metric="killed", source=UA, subject=RU),
    ),
    (
        "abbreviation-army",
        "The 82nd Airborne Division's 4,700 paratroopers arrived in Poland, the U.S. Army said.",
        dict(value=4700, source=US),
    ),
    (
        "forecast-may",
        "Warsaw may deploy up to 10,000 soldiers to the border next year.",
        dict(high=10000, hedged=True, source="Poland"),
    ),
    (
        "given-by",
        "The figure of 7,000 Russian troops was given by Ukraine's military.",
        dict(value=7000, source=UA, subject=RU),
    ),
    (
        "put-losses-at",
        "The Ukrainian General Staff put Russian losses at 1,200 for the past day.",
        dict(value=1200, metric="killed", source=UA, subject=RU),
    ),
    (
        "per-source",
        "Per the UN, 10,000 peacekeepers are deployed in South Sudan.",
        dict(value=10000, source="United Nations"),
    ),
    (
        "statement-from",
        "A statement from the IDF said 20 soldiers were wounded in the attack.",
        dict(value=20, metric="wounded", source="Israel"),
    ),
    # --- who says so: bodies the gazetteer does not know, named as written ---------------------
    (
        "unknown-centre-based",
        "The Kyiv-based Centre for Defence Reforms estimates that 48,000 Russian troops are "
        "massed near Pokrovsk.",
        dict(value=48000, source="Centre for Defence Reforms", subject=RU),
    ),
    (
        "unknown-group-according-to",
        "According to the Baltic Sea Monitoring Group, some 3,500 Belarusian soldiers were moved "
        "west this month.",
        dict(value=3500, source="Baltic Sea Monitoring Group", subject="Belarus"),
    ),
    (
        "unknown-observatory-inverted",
        "Some 7,000 Eritrean troops remain in Tigray, the Horn Peace Observatory said on Friday.",
        dict(value=7000, source="Horn Peace Observatory", subject="Eritrea"),
    ),
    (
        "unknown-apposition-group",
        "Nordlys, an open-source research group, counted 2,100 Russian soldiers killed near "
        "Vuhledar.",
        dict(value=2100, metric="killed", source="Nordlys", subject=RU),
    ),
    (
        "unknown-apposition-monitor",
        "Sahel Watchers, a volunteer monitoring network, tallied 640 Wagner fighters killed in "
        "Mali since 2021.",
        dict(value=640, metric="killed", source="Sahel Watchers"),
    ),
    (
        "unknown-researchers-at",
        "Researchers at the Danube Institute for Conflict Studies documented 900 Serbian "
        "volunteers fighting in the Russian army.",
        dict(value=900, source="Danube Institute for Conflict Studies"),
    ),
    (
        "unknown-study-by",
        "Myanmar's army has between 120,000 and 140,000 personnel, according to a study published "
        "on Tuesday by the Irrawaddy Defence Research Project, a Thai-based group.",
        dict(low=120000, high=140000, source="Irrawaddy Defence Research Project"),
    ),
    (
        "think-tank-apposition-city",
        "The Foundation for Eastern Security, a Warsaw think tank, believes 30,000 Belarusian "
        "troops are on alert.",
        dict(value=30000, source="Foundation for Eastern Security", subject="Belarus"),
    ),
    (
        "known-think-tank-apposition-city",
        "Chatham House, a London-based think tank, estimates that 80,000 Sudanese soldiers have "
        "deserted.",
        dict(value=80000, source="Chatham House"),
    ),
    (
        "lowercase-type-noun",
        "Fighters of the CMA alliance claimed on Sunday to have killed 60 Malian soldiers.",
        dict(value=60, metric="killed", source="CMA", subject="Mali"),
    ),
    (
        "capitalised-front",
        "The Azawad Patriotic Front said it had captured 35 Malian soldiers near Kidal.",
        dict(value=35, metric="captured", source="Azawad Patriotic Front", subject="Mali"),
    ),
    (
        "the-centre-later",
        "A study by the Vistula Centre for Strategic Research found that Russia's army is short "
        "of officers. The centre put Russian losses at 150,000 soldiers.",
        dict(value=150000, source="Vistula Centre for Strategic Research", subject=RU),
    ),
    (
        "the-study-later",
        "The Mekong Peace Research Group published its yearly survey on Monday. The study "
        "estimates that the junta now fields some 70,000 combat troops.",
        dict(value=70000, source="Mekong Peace Research Group"),
    ),
    (
        "abbreviation-later",
        "The Caspian Security Research Centre (CSRC) tracks both armies. CSRC estimates that "
        "Azerbaijan keeps 14,000 soldiers near the border.",
        dict(value=14000, source="Caspian Security Research Centre", subject="Azerbaijan"),
    ),
    (
        "abbreviation-the-group",
        "The Arakan Army (AA) said it had taken a town on Sunday. The AA has killed over 900 "
        "regime soldiers this year, the group said.",
        dict(low=900, metric="killed", source="Arakan Army"),
    ),
    (
        "it-is-not-the-person",
        "Lukashenko said his army was ready. SIPRI, a Stockholm institute, keeps a register of "
        "armed forces. It puts Belarus's army at about 45,000 personnel.",
        dict(value=45000, source="Stockholm International Peace Research Institute"),
    ),
    (
        "fellow-at",
        "Ana Petrescu, a senior fellow at the Black Sea Security Forum, said 1,500 Russian "
        "soldiers were in Transnistria.",
        dict(value=1500, source="Black Sea Security Forum", subject=RU),
    ),
    # --- who says so: reporting verbs and where the speaker stands ------------------------------
    (
        "counted",
        "Ukraine's army counted 1,150 Russian soldiers killed on Tuesday.",
        dict(value=1150, metric="killed", source=UA, subject=RU),
    ),
    (
        "documented",
        "Kyiv has documented 420 Russian soldiers captured since August.",
        dict(value=420, metric="captured", source=UA, subject=RU),
    ),
    (
        "recorded",
        "Israel's army recorded 45 Hezbollah fighters killed in the clashes.",
        dict(value=45, metric="killed", source="Israel", subject="Hezbollah"),
    ),
    (
        "assesses",
        "The Pentagon assesses that 11,500 North Korean soldiers are in Kursk.",
        dict(value=11500, source=US, subject=NK),
    ),
    (
        "believes",
        "Seoul believes about 2,000 North Korean troops have been wounded.",
        dict(value=2000, metric="wounded", source=SK, subject=NK),
    ),
    (
        "accused-of",
        "Armenia accused Azerbaijan on Monday of moving 2,000 soldiers toward the frontier.",
        dict(value=2000, source="Armenia", subject="Azerbaijan"),
    ),
    (
        "according-to-mid",
        "Some 1,500 Chadian soldiers, according to Chad's army, are guarding the border.",
        dict(value=1500, source="Chad", subject="Chad"),
    ),
    (
        "according-to-end-no-comma",
        "Russia has moved 4,000 troops to Kaliningrad this month according to Lithuanian "
        "intelligence.",
        dict(value=4000, source="Lithuania", subject=RU),
    ),
    (
        "put-at-far",
        "Zelensky put the number of Ukrainian soldiers killed since the start of the full-scale "
        "invasion at 46,000.",
        dict(value=46000, metric="killed", source=UA, subject=UA),
    ),
    (
        "passive-with-adverb",
        "Healey told MPs that 700,000 Russian soldiers were now estimated to have been killed "
        "or wounded.",
        dict(value=700000, metric="casualties", source=UK, subject=RU),
    ),
    (
        "subject-commas-claimed",
        "Russia's defence ministry, meanwhile, claimed that Ukraine had lost 38,500 servicemen "
        "in Kursk.",
        dict(value=38500, metric="killed", source=RU, subject=UA),
    ),
    (
        "adding-troops-is-not-speech",
        "Syrskyi said Moscow was adding roughly 8,000 troops to its force each month.",
        dict(value=8000, source=UA, subject=RU),
    ),
    (
        "which-have-both",
        "The count matches estimates from the US and UK intelligence services, which have both "
        "put North Korean losses at about 4,200.",
        dict(value=4200, metric="killed", source=f"{US}; {UK}", subject=NK),
    ),
    (
        "speaker-not-in-figure-clause",
        "At least 200 North Korean soldiers have been killed while fighting alongside Russian "
        "forces, a lawmaker said on Friday.",
        dict(low=200, metric="killed", source=None, subject=NK),
    ),
    (
        "citing-the-country",
        "SEOUL (Newswire) - About 400 North Korean soldiers have been wounded in Kursk, a "
        "lawmaker said, citing the country's spy agency.",
        dict(value=400, metric="wounded", source=SK, subject=NK),
    ),
    (
        "nested-intelligence",
        "South Korean officials said intelligence estimates put North Korean losses at 1,300.",
        dict(value=1300, metric="killed", source=SK, subject=NK),
    ),
    (
        "relative-clause-background",
        "Iran, which keeps an estimated 3,000 troops in Syria, sent a delegation to Damascus, "
        "the foreign ministry said.",
        dict(value=3000, source=None, subject="Iran"),
    ),
    # --- who says so: quotations and speakers named in another sentence -------------------------
    (
        "quote-then-ministry",
        '"We count 5,500 Russian soldiers near Vovchansk," the ministry in Kyiv said.',
        dict(value=5500, source=UA, subject=RU),
    ),
    (
        "quote-two-sentences-then-minister",
        '"About 700 of our soldiers are in Kosovo now. Another 300 troops will follow in May," '
        "Hungary's defence minister told reporters.",
        dict(value=700, source="Hungary"),
    ),
    (
        "speaker-before-quote",
        "Poland's defence minister spoke to reporters on Monday. \"Some 17,000 of our soldiers "
        'guard the border," he said.',
        dict(value=17000, source="Poland"),
    ),
    (
        "he-after-named-minister",
        "Estonian Defence Minister Marko Tamm visited the base. He said 350 British troops had "
        "arrived there.",
        dict(value=350, source="Estonia", subject=UK),
    ),
    # --- who says so: people ------------------------------------------------------------------------
    (
        "hyphenated-surname-learned",
        "Polish Defence Minister Tomasz Nowak-Zielinski visited the border. Nowak-Zielinski said "
        "1,200 soldiers were already there.",
        dict(value=1200, source="Poland"),
    ),
    (
        "hyphenated-surname-in-commas",
        "The defence minister, Wladyslaw Kosiniak-Kamysz, said 17,500 Polish soldiers guard the "
        "border.",
        dict(value=17500, source="Poland", subject="Poland"),
    ),
    (
        "surname-of-listed-full-name",
        "Defence Minister Israel Katz visited the north. Katz said 300 Hezbollah fighters had "
        "been killed that week.",
        dict(value=300, metric="killed", source="Israel", subject="Hezbollah"),
    ),
    (
        "surname-of-listed-full-name-korean",
        "Defence Minister Shin Won-sik spoke in parliament. Shin said 1,500 North Korean "
        "soldiers had been sent to Russia.",
        dict(value=1500, source=SK, subject=NK),
    ),
    (
        "surname-after-apposition",
        "Jonas Berg, Norway's defence minister, met allies in Oslo. Berg said 600 Norwegian "
        "soldiers would go to Lithuania.",
        dict(value=600, source="Norway", subject="Norway"),
    ),
    (
        "title-after-comma-then-name",
        "Latvia's defence minister, Andris Kalns, said 400 Canadian troops had arrived. Kalns "
        "said 250 more soldiers were due in May.",
        dict(value=250, source="Latvia"),
    ),
    # --- who says so: officials, titles and sources without a country ------------------------------
    (
        "the-army-chief",
        "Lithuania's president met NATO commanders in Vilnius. The army chief said 2,500 soldiers "
        "would join the exercise.",
        dict(value=2500, source="Lithuania"),
    ),
    (
        "general-staff-after-think-tank",
        "Ukraine's army said Russian forces attacked Kupiansk. The Institute for the Study of War "
        "said the assault had failed. The General Staff said 1,100 Russian soldiers were killed "
        "in the attack.",
        dict(value=1100, metric="killed", source=UA, subject=RU),
    ),
    (
        "bare-sources-null",
        "Around 800 soldiers were moved to the border overnight, sources said.",
        dict(value=800, source=None),
    ),
    (
        "western-officials-null",
        "Western officials said 600,000 Russian troops are now in Ukraine.",
        dict(value=600000, source=None, subject=RU),
    ),
    (
        "defense-officials-after-pentagon",
        "The Pentagon said it was watching closely. About 40,000 U.S. troops are in the region, "
        "according to defense officials.",
        dict(value=40000, source=US, subject=US),
    ),
    (
        "military-source-subject-country",
        "The Lebanese army will have 6,000 soldiers south of the river by March, a military "
        "source said.",
        dict(value=6000, source="Lebanon", subject="Lebanon"),
    ),
    (
        "ministry-spokesperson-after-ministry",
        "The 45th brigade will reach 4,800 soldiers by 2027, the German defence ministry said. "
        "About 150 soldiers are already in Lithuania, a ministry spokesperson said.",
        dict(value=150, source="Germany"),
    ),
    (
        "the-source-after-military-source",
        "Lebanon's army will deploy 6,000 soldiers by March, a military source said. Roughly "
        "2,500 troops are already in the south, the source said.",
        dict(value=2500, source="Lebanon"),
    ),
    (
        "believed-after-other-speaker",
        "France said Wagner had about 1,500 men in Mali in 2023. Security sources said the "
        "fighters would join a new force. Africa Corps is believed to have about 2,200 personnel.",
        dict(value=2200, source=None),
    ),
    (
        "continues-same-paragraph",
        "The German army has moved 500 soldiers to Lithuania, the defence ministry in Berlin "
        "said. The brigade there now has about 4,700 troops.",
        dict(value=4700, source="Germany"),
    ),
    (
        "no-continuation-new-paragraph",
        "The ministry in Berlin said 150 German soldiers are in Lithuania.\n\nThe battlegroup "
        "there has about 1,700 troops.",
        dict(value=1700, source=None),
    ),
    (
        "no-continuation-when-a-party-is-named",
        "Kyiv said 5,000 Russian soldiers died near Pokrovsk. Moscow's grouping numbers about "
        "600,000 troops.",
        dict(value=600000, source=None),
    ),
    (
        "they-after-anonymous-sources",
        "Security sources said the base was attacked at dawn. They said 45 Malian soldiers were "
        "killed.",
        dict(value=45, metric="killed", source=None),
    ),
    (
        "department-in-a-figure-clause",
        "The Pentagon said it would cut its forces in Syria. About 2,100 U.S. troops are there, a "
        "figure the department first disclosed in May.",
        dict(value=2100, source=US, subject=US),
    ),
    (
        # the relative clause is the outlet's background: its speaker after it does not
        # vouch for it (the convention of every blind-annotated set but one sentence)
        "relative-clause-before-its-speaker-is-background",
        "The UN mission in South Sudan, which has about 17,000 peacekeepers, said 12 of them "
        "were wounded.",
        dict(value=17000, source=None, subject="United Nations"),
    ),
    (
        "relative-clause-of-a-state-is-background",
        "Norway, which keeps about 200 soldiers in Lithuania, said it would send more.",
        dict(value=200, source=None, subject="Norway"),
    ),
    (
        "relative-clause-inside-reported-words",
        "NATO said on Friday it would reinforce KFOR, which currently numbers about 4,200 troops.",
        dict(value=4200, source="NATO"),
    ),
    (
        "relative-clause-with-its-own-estimate",
        "The RSF, which Western diplomats estimate has around 90,000 fighters, holds the city.",
        dict(value=90000, source=None),
    ),
    (
        "document-seen-by-outlet",
        "The new force will number about 9,500 personnel, according to an African Union document "
        "seen by Reuters.",
        dict(value=9500, source="African Union"),
    ),
    (
        "report-by-a-body-seen-by-a-correspondent",
        "A confidential report by UN investigators, seen by our correspondent, estimates that "
        "between 3,000 and 4,000 Rwandan troops are deployed in North Kivu.",
        dict(low=3000, high=4000, source="United Nations", subject="Rwanda"),
    ),
    (
        "assessment-by-a-body-obtained-by-an-outlet",
        "An internal Pentagon assessment, obtained by the Washington Post, puts the number of "
        "Iranian advisers at about 400.",
        dict(value=400, source=US, subject="Iran"),
    ),
    (
        "force-in-a-place-numbers",
        "Russian instructors in Mali now number about 1,000, according to French officials.",
        dict(value=1000, source="France", subject=RU),
    ),
    (
        "force-in-a-region-numbers-a-range",
        "Turkish soldiers in northern Iraq number between 2,000 and 3,000, Iraqi officials say.",
        dict(low=2000, high=3000, source="Iraq", subject="Turkey"),
    ),
    (
        "these-number-after-a-sentence-naming-forces",
        "Thousands of RSF fighters ring the city. Together these number roughly 9,000, a UN "
        "panel said.",
        dict(value=9000, source="United Nations", subject="Rapid Support Forces"),
    ),
    (
        "the-mission-is-the-mission-named-before",
        "Kenya leads the Multinational Security Support mission in Haiti. Some 150 soldiers "
        "from Guatemala also serve, according to the mission.",
        dict(value=150, source="Multinational Security Support Mission", subject="Guatemala"),
    ),
    (
        "an-unknown-monitor-named-before-its-kind",
        "The jihadists number between 300 and 500 fighters in Niassa, according to the Cabo "
        "Ligado conflict monitor.",
        dict(low=300, high=500, source="Cabo Ligado"),
    ),
    (
        "a-document-of-a-day-names-no-body",
        "The jihadists number between 300 and 500 fighters in Niassa, according to the Monday "
        "report.",
        dict(low=300, high=500, source=None),
    ),
    (
        "the-juntas-total-strength",
        "The Mekong Security Project estimates the junta's total strength at 130,000 to 150,000.",
        dict(low=130000, high=150000, source="Mekong Security Project"),
    ),
    (
        "a-trailing-claiming-speaks-for-the-sentence-subject",
        "The al-Shabaab group gave a contrasting account through its radio station, claiming "
        "that its fighters had killed at least 47 soldiers.",
        dict(low=47, metric="killed", source="al-Shabaab"),
    ),
    (
        "a-counter-claim-issued-by-the-subject",
        "The RSF, for its part, issued a counter-claim through its media office on Telegram, "
        "asserting that its forces had captured 112 soldiers.",
        dict(value=112, metric="captured", source="Rapid Support Forces"),
    ),
    (
        "officials-quoted-by-a-paper",
        "British officials, quoted by The Times of London, estimate that about 250,000 Russian "
        "soldiers have been killed since 2022.",
        dict(value=250000, metric="killed", source=UK, subject=RU),
    ),
    (
        "its-strength-means-the-force-named-before",
        "Eritrea keeps one of Africa's largest armies. Its active-duty strength is estimated by "
        "the Horn Security Forum at around 200,000.",
        dict(value=200000, source="Horn Security Forum", subject="Eritrea"),
    ),
    (
        "a-hyphen-inside-a-word-is-no-dateline",
        "Eritrea has extended its call-up to men aged 60; we estimate its forces under arms at "
        "around 150,000-200,000, the Meridian group said.",
        dict(low=150000, high=200000, subject="Eritrea"),
    ),
    (
        "an-armed-group-counting-its-own-ranks-claims-nothing",
        "The UN experts' report came out on Monday. It states that the M23 now counts some 6,500 "
        "combatants.",
        dict(value=6500, source="United Nations", subject="M23"),
    ),
    (
        "diplomatic-sources-in-a-capital-are-nobodys",
        "Diplomatic sources in Mogadishu estimate the number of Ethiopian soldiers in Somalia at "
        "between 5,000 and 7,000.",
        dict(low=5000, high=7000, source=None, subject="Ethiopia"),
    ),
    (
        "a-running-total-names-whose-forces",
        "Around 800 more troops arrived last month, bringing the total number of Russian soldiers "
        "in the region to 4,500, the agency says.",
        dict(value=4500, subject=RU),
    ),
    (
        "a-running-total-against-an-enemy-stays-the-armys",
        "Two Israeli soldiers were killed in southern Lebanon, the military said, bringing the "
        "army's death toll in the offensive against Hezbollah to 37.",
        dict(value=37, metric="killed", subject="Israel", source="Israel"),
    ),
    (
        "compared-with-a-count-at-another-time-is-the-same-force",
        "More than 100,000 U.S. troops are in Europe today, compared to around 70,000 around the "
        "start of the Russian invasion, the Pentagon said.",
        dict(value=70000, subject=US, source=US),
    ),
    (
        "it-later-in-the-sentence-is-its-own-speaker",
        "Seoul's spy agency briefed lawmakers on Monday. Separately, the Pentagon said about "
        "8,000 North Korean troops have moved to Kursk, out of a total it estimates at 10,000 to "
        "12,000 in Russia.",
        dict(low=10000, high=12000, source=US, subject="North Korea"),
    ),
    (
        "two-owners-of-one-count",
        "Israel's army said more than 20,000 Hamas and Islamic Jihad fighters have been killed "
        "in the Strip.",
        dict(low=20000, metric="killed", source="Israel"),
    ),
    (
        "a-denial-then-a-claim-of-its-own",
        "The Fano rejected the figures and claimed in a message to the media that its fighters "
        "had killed 140 soldiers of the regime.",
        dict(value=140, metric="killed", source="Fano"),
    ),
    (
        "a-denial-then-a-count-it-gives",
        "Kigali denied the report, saying only 500 Rwandan soldiers were on the border.",
        dict(value=500, subject="Rwanda", source="Rwanda"),
    ),
    (
        "an-official-in-the-capital-a-sentence-opens-in",
        "BUCHAREST - Romania said the US would cut its troops. In Warsaw, Deputy Defence Minister "
        "Tomasz Rek told reporters that Poland hosts some 10 000 U.S. troops.",
        dict(value=10000, source="Poland", subject=US),
    ),
    (
        "the-same-panel-is-the-experts-quoted-before",
        "A U.N. group of experts estimated that 3,000 Rwandan soldiers are operating inside "
        "Congo. The same panel put M23's own strength at about 6,500 fighters.",
        dict(value=6500, source="United Nations", subject="M23"),
    ),
    (
        "the-north-after-north-korea-was-named",
        "South Korea's spy agency briefed lawmakers on North Korea on Monday. The NIS said the "
        "North is expected to send an additional 6,000 military engineers to Kursk.",
        dict(value=6000, source="South Korea", subject="North Korea"),
    ),
    (
        "a-place-based-monitor-is-the-monitor-named-before",
        "The Levant Casualty Monitor tracks deaths in Syria. Thirty-one SDF fighters "
        "were killed on Sunday, the Britain-based monitor said.",
        dict(value=31, metric="killed", source="Levant Casualty Monitor"),
    ),
    (
        "a-ministry-reporting-its-own-soldiers-killed",
        "Armenia's defence ministry said Azerbaijani forces had fired first. Two Azerbaijani "
        "servicemen were killed, the ministry said in a second statement.",
        dict(value=2, metric="killed", source="Azerbaijan", subject="Azerbaijan"),
    ),
    (
        "a-host-ministry-counting-foreign-troops",
        "Romania's defence ministry spoke on Friday. About 1,000 U.S. troops will remain in "
        "Romania after the change, the ministry said.",
        dict(value=1000, source="Romania", subject=US),
    ),
    (
        "a-hyphenated-number-word-alone-makes-a-sentence-worth-reading",
        "Sixty-three soldiers and allied militiamen were taken prisoner, the RSF said.",
        dict(value=63, metric="captured", source="Rapid Support Forces"),
    ),
    (
        "participle-putting",
        "The ministry in Baku claimed that Armenian losses were heavy, putting them at no fewer "
        "than 14 soldiers killed.",
        dict(low=14, metric="killed", source="Azerbaijan"),
    ),
    (
        "possessive-count",
        "By the Pentagon's count, roughly 12,000 North Korean soldiers were sent to Russia.",
        dict(value=12000, source=US, subject=NK),
    ),
    (
        "memo-seen-by-this-newspaper",
        "Only about 9,800 AU troops are on the ground, according to a confidential AU memo seen "
        "by this newspaper.",
        dict(value=9800, source="African Union"),
    ),
    (
        "coordinated-outlet-and-monitor",
        "Data compiled by BBC Russian and Mediazona shows 95,000 Russian soldiers have died.",
        dict(value=95000, metric="killed", source="BBC Russian; Mediazona"),
    ),
    (
        "army-figures-show",
        "Israeli army figures show 390 soldiers have been killed in Gaza.",
        dict(value=390, metric="killed", source="Israel"),
    ),
    (
        "participle-aside-then-said",
        "A senior U.S. defense official, speaking on condition of anonymity, said 1,000 North "
        "Korean troops had been killed.",
        dict(value=1000, metric="killed", source=US, subject=NK),
    ),
    (
        "unknown-name-after-title-for-country",
        "The spokesperson for Ukraine's Southern Defence Forces, Nataliya Hrytsenko, said 120 "
        "Russian soldiers were killed.",
        dict(value=120, metric="killed", source=UA, subject=RU),
    ),
    (
        "unknown-name-after-title-learned",
        "The spokesperson for Ukraine's eastern forces, Petro Lysenko, spoke on Monday. Lysenko "
        "said 45 Russian soldiers were captured near Siversk.",
        dict(value=45, metric="captured", source=UA, subject=RU),
    ),
    (
        "demonym-opens-monitor-name",
        "The Ukrainian Casualty Observatory, a volunteer monitor, said 220 Russian soldiers "
        "were killed in the assault.",
        dict(value=220, metric="killed", source="Ukrainian Casualty Observatory", subject=RU),
    ),
    (
        "estimated-by-panel-at",
        "The Houthis' forces are estimated by a U.N. panel of experts at some 300,000 fighters.",
        dict(value=300000, source="United Nations"),
    ),
    (
        "according-to-a-list",
        "North Korea has about 11,500 troops in Russia, according to estimates from Ukraine, "
        "South Korea and the United States.",
        dict(value=11500, source=f"{UA}; {SK}; {US}", subject=NK),
    ),
    (
        "according-to-then-comma-subject",
        "According to Ukraine, Russia has lost 5,200 troops near Kursk.",
        dict(value=5200, metric="killed", source=UA, subject=RU),
    ),
    (
        "possessive-leader-after-figure",
        "Hezbollah has up to 90,000 fighters, its leader has claimed.",
        dict(high=90000, source="Hezbollah", subject="Hezbollah"),
    ),
    (
        "list-of-speakers",
        "Britain, France and Germany said 3,000 troops would be needed for the mission.",
        dict(value=3000, source=f"{UK}; France; Germany"),
    ),
    (
        "sentence-opener-is-no-part-of-a-name",
        "But the Danube Conflict Research Institute estimates 2,300 Serbian volunteers serve in "
        "Russia's army.",
        dict(value=2300, source="Danube Conflict Research Institute"),
    ),
    (
        "a-law-in-apposition-is-no-person",
        "The rules follow the Defence Reform Act, part of the Polish overhaul. The Act says "
        "5,000 reservists must train each year.",
        dict(value=5000, source=None),
    ),
    # --- figure frames: the noun, or the force, is named away from the number ---------------
    (
        "puts-number-higher-losses",
        "Western governments estimate Russian casualties at 500,000. Kyiv puts the number far "
        "higher, at 650,000.",
        dict(value=650000, metric="casualties", source=UA),
    ),
    (
        "put-number-at-context-troops",
        "North Korea has sent soldiers to help Russia. Seoul put the number at about 12,000.",
        dict(value=12000, metric="troops", source=SK),
    ),
    (
        "puts-their-number",
        "Kyiv said Russian troops had massed near Sumy. Its intelligence service puts their "
        "number at 45,000.",
        dict(value=45000, metric="troops", source=UA),
    ),
    (
        "put-total-of-dead-at",
        "A monitoring group put the total number of Russian military dead at 140,000 to 160,000.",
        dict(low=140000, high=160000, metric="killed", subject=RU),
    ),
    (
        "grouping-numbers",
        "Britain's defence ministry said the Russian grouping in Crimea numbers about 40,000.",
        dict(value=40000, metric="troops", source=UK, subject=RU),
    ),
    (
        "armed-group-numbers",
        "Israeli officials estimate that Hezbollah numbers roughly 30,000.",
        dict(value=30000, metric="troops", source="Israel", subject="Hezbollah"),
    ),
    (
        "contingent-numbered",
        "The Wagner contingent in Mali numbered some 1,500, France said.",
        dict(value=1500, metric="troops", source="France", subject="Wagner Group"),
    ),
    (
        "contingent-numbering",
        "A Kenyan contingent numbering about 1,200 arrived in Goma on Monday, the UN said.",
        dict(value=1200, metric="troops", subject="Kenya"),
    ),
    (
        "reinforcements-number-with-noun",
        "The new battalions number about 3,000 soldiers and will relieve units that took "
        "heavy losses, Kyiv said.",
        dict(value=3000, metric="troops", source=UA),
    ),
    (
        "strong-corps",
        "Russia is forming a 15,000-strong corps near Bryansk, Kyiv said.",
        dict(value=15000, metric="troops", source=UA, subject=RU),
    ),
    (
        "strong-division",
        "Ukraine's army said Moscow had assembled a 9,000-strong division near Kharkiv.",
        dict(value=9000, metric="troops", source=UA),
    ),
    (
        "strong-mission",
        "Kenya will lead a 2,500-strong multinational mission in Haiti, Nairobi said.",
        dict(value=2500, metric="troops", source="Kenya"),
    ),
    (
        "n-man-brigade",
        "Moscow moved a 3,000-man brigade to Belgorod, Kyiv said.",
        dict(value=3000, metric="troops", source=UA, subject=RU),
    ),
    (
        "has-as-many-as-members",
        "The Houthi movement is believed by U.S. officials to have as many as 20,000 members.",
        dict(high=20000, metric="troops", subject="Houthis"),
    ),
    (
        "has-as-many-as-members-active",
        "Al-Shabaab has as many as 12,000 members, the UN estimates.",
        dict(high=12000, metric="troops", subject="al-Shabaab"),
    ),
    (
        "militia-has-fighters",
        "Kataib Hezbollah is thought to have up to 8,000 fighters, Iraqi officials say.",
        dict(high=8000, metric="troops", subject="Kataib Hezbollah"),
    ),
    (
        "force-of-around",
        "Sudan's army fields a force of roughly 120,000, the IISS estimates.",
        dict(value=120000, metric="troops", subject="Sudan"),
    ),
    (
        "force-of-some-commands",
        "Hamas still commands a force of some 20,000, Israeli officials believe.",
        dict(value=20000, metric="troops", source="Israel", subject="Hamas"),
    ),
    (
        "current-force-of",
        "Analysts say the RSF can only sustain its current force of about 70,000 with "
        "recruits from abroad.",
        dict(value=70000, metric="troops", subject="Rapid Support Forces"),
    ),
    (
        "fielding-bare",
        "The Sudanese army is fielding about 100,000 in Darfur, a UN panel estimates.",
        dict(value=100000, metric="troops", subject="Sudan"),
    ),
    (
        "ranks-swelled-to",
        "The ranks of the Wagner Group swelled to about 50,000, Britain's defence ministry said.",
        dict(value=50000, metric="troops", source=UK, subject="Wagner Group"),
    ),
    (
        "troop-strength-of",
        "Russia keeps a troop strength of about 30,000 in Belarus, Kyiv said.",
        dict(value=30000, metric="troops", source=UA, subject=RU),
    ),
    (
        "presence-total-to",
        "The new units would bring the total U.S. presence in Europe to more than 100,000.",
        dict(low=100000, metric="troops", subject=US),
    ),
    (
        "the-first-n-will",
        "The Pentagon is sending 3,000 soldiers to Romania. The first 1,200 will leave from "
        "Fort Bragg.",
        dict(value=1200, metric="troops", subject=US),
    ),
    (
        "another-n-are",
        "Britain is moving troops to Estonia. Another 800 or so are being flown to Poland.",
        dict(value=800, metric="troops", subject=UK),
    ),
    (
        "another-thousand-or-so",
        "The Pentagon is moving soldiers from Germany. Another thousand or so are being flown "
        "to Romania.",
        dict(value=1000, qualifier="approx", metric="troops", subject=US),
    ),
    (
        "bare-after-figure-same-sentence",
        "The mission is allowed to deploy 5,000 personnel, but only about 4,200 are in place.",
        dict(value=4200, metric="troops"),
    ),
    (
        "compared-with-in",
        "The IISS puts Venezuela's army at about 60,000 soldiers, compared with roughly 4,000 "
        "in Guyana's military.",
        dict(value=4000, metric="troops", subject="Guyana"),
    ),
    (
        "quoted-number",
        'Seoul said "well over 9,000" of those soldiers were now in Kursk.',
        dict(low=9000, metric="troops", source=SK),
    ),
    (
        "and-other-fighters",
        "The Israeli military says it has killed about 9,000 Hamas and other fighters in Gaza.",
        dict(value=9000, metric="killed", source="Israel", subject="Hamas"),
    ),
    (
        "smallest-since-comparison",
        "Britain's army is at its smallest since the Napoleonic era, with just 72,000 "
        "full-time soldiers.",
        dict(value=72000, metric="troops", subject=UK),
    ),
    (
        "recruited-as-many-as-lost",
        "Hezbollah has recruited 5,000 new fighters, about as many as it has lost, Israel "
        "estimates.",
        dict(value=5000, metric="troops", source="Israel", subject="Hezbollah"),
    ),
    (
        "claimed-strength-army-fields",
        "That is well short of the 200,000 the army says it fields.",
        dict(value=200000, metric="troops"),
    ),
    (
        "claimed-strength-named-owner",
        "Kyiv puts the group's real strength far below the 50,000 Hezbollah claims it has.",
        dict(value=50000, metric="troops", subject="Hezbollah"),
    ),
    (
        "claimed-strength-after-a-force-sentence",
        "Myanmar's army has lost ground all year. Analysts now doubt the 90,000 the junta claims "
        "it commands in the north.",
        dict(value=90000, metric="troops"),
    ),
    (
        "people-familiar-not-a-count",
        "Hamas has 12,000 fighters, according to three people familiar with the matter.",
        dict(value=12000, metric="troops", subject="Hamas"),
    ),
    (
        "force-of-then-adverb",
        "Analysts say the RSF can keep its current force of around 70,000 only by recruiting "
        "abroad.",
        dict(value=70000, metric="troops", subject="Rapid Support Forces"),
    ),
    (
        "force-of-then-participle",
        "A force of about 4,000 stationed near the border was put on alert, Baku said.",
        dict(value=4000, metric="troops", source="Azerbaijan"),
    ),
    (
        "transcript-first-n-after-a-question",
        "HOST: The Pentagon said today that about 2,000 American soldiers are heading to the "
        "Baltics. Sam, what are you hearing?\n\nREPORTER: Well, people here tell me the first "
        "900 will come from the 10th Mountain Division.",
        dict(value=900, metric="troops", subject=US),
    ),
    (
        "another-n-words-after-unit",
        "The first 900 soldiers will come from the 10th Mountain Division. Another five hundred "
        "or so are being moved from Italy to Latvia.",
        dict(value=500, metric="troops"),
    ),
    (
        "of-them-after-leader-possessive",
        "Kim Jong Un's soldiers are being cut down on the front line, with up to 2,000 of them "
        "killed or wounded in a few weeks, Zelensky has said.",
        dict(high=2000, metric="casualties", subject=NK),
    ),
    # --- losses written around the number --------------------------------------------------
    (
        "killed-and-about-wounded",
        "Kyiv said 60 Russian soldiers were killed and about 200 wounded in the assault.",
        dict(value=200, metric="wounded", source=UA, subject=RU),
    ),
    (
        "killed-n-and-wounded-m",
        "Ukrainian forces killed 40 Russian troops and wounded 120 near Kupiansk, the army said.",
        dict(value=120, metric="wounded", source=UA, subject=RU),
    ),
    (
        "killed-verb-before-number",
        "Ukrainian forces killed 40 Russian troops and wounded 120 near Kupiansk, the army said.",
        dict(value=40, metric="killed", source=UA, subject=RU),
    ),
    (
        "of-its-killed-and-injured",
        "Israel's army said 3 of its soldiers were killed and 14 injured in Gaza.",
        dict(value=14, metric="wounded", source="Israel", subject="Israel"),
    ),
    (
        "servicemen-killed-and-wounded",
        "Baku said 85 of its servicemen were killed and 240 wounded in the operation.",
        dict(value=240, metric="wounded", source="Azerbaijan", subject="Azerbaijan"),
    ),
    (
        "with-n-wounded",
        "Seoul said at least 200 North Korean soldiers had died, with 2,500 wounded.",
        dict(value=2500, metric="wounded", source=SK, subject=NK),
    ),
    (
        "including-n-killed",
        "North Korean troops have suffered 3,000 casualties, including about 400 killed, "
        "Seoul said.",
        dict(value=400, metric="killed", source=SK, subject=NK),
    ),
    (
        "of-those-killed-or-wounded",
        "North Korea sent 12,000 soldiers to Russia, Seoul said. Of those, about 2,000 have "
        "been killed or wounded, Seoul said.",
        dict(value=2000, metric="casualties", source=SK, subject=NK),
    ),
    (
        "of-them-killed-or-wounded",
        "North Korean soldiers are dying fast in Kursk, with up to 1,500 of them killed or "
        "wounded in a month, Zelensky said.",
        dict(high=1500, metric="casualties", source=UA, subject=NK),
    ),
    (
        "lost-n-killed-and-wounded",
        "Russia has lost over 5,000 killed and wounded near Avdiivka, Kyiv said.",
        dict(low=5000, metric="casualties", source=UA, subject=RU),
    ),
    (
        "lost-n-killed-and-wounded-not-the-other",
        "North Korean soldiers now fight for Russia. By Kyiv's count, roughly 11,000 of them "
        "went there, and officials say Pyongyang has lost over 3,000 killed and wounded.",
        dict(value=11000, metric="troops"),
    ),
    (
        "lost-n-soldiers-killed-and-wounded",
        "Over the past day, Russian forces have lost 1,100 soldiers killed and wounded, Kyiv said.",
        dict(value=1100, metric="casualties", source=UA, subject=RU),
    ),
    (
        "state-lost-n-men",
        "Kyiv said Russia lost 500 men near Bakhmut on Tuesday.",
        dict(value=500, metric="killed", source=UA, subject=RU),
    ),
    (
        "of-whom-n-were-killed",
        "Moscow sent 8,000 soldiers to the front, of whom 600 were killed within a month, Kyiv said.",
        dict(value=600, metric="killed", source=UA, subject=RU),
    ),
    (
        "mobilised-n-men",
        "Ukraine has mobilised some 300,000 men since the spring, Kyiv said.",
        dict(value=300000, metric="troops", subject=UA),
    ),
    (
        "boots-on-the-ground",
        "Washington has about 900 boots on the ground in Syria, the Pentagon said.",
        dict(value=900, metric="troops", source=US, subject=US),
    ),
    (
        "blue-helmets",
        "The UN has 11,000 blue helmets in South Sudan.",
        dict(value=11000, metric="troops", subject="United Nations"),
    ),
    (
        "n-member-battalion",
        "Sudan deployed a 500-member battalion to Darfur.",
        dict(value=500, metric="troops", subject="Sudan"),
    ),
    (
        "at-n-killed",
        "The ministry said Georgian losses were higher, putting them at no fewer than fifteen "
        "killed.",
        dict(low=15, metric="killed", subject="Georgia"),
    ),
    (
        "bringing-total-to",
        "Russia lost 1,100 troops in a day, bringing its total since the invasion to 700,000, "
        "Kyiv said.",
        dict(value=700000, metric="killed", source=UA, subject=RU),
    ),
    (
        "deaths-top",
        "Russian military deaths have topped 100,000, an independent count shows.",
        dict(low=100000, metric="killed", subject=RU),
    ),
    (
        "fighter-deaths-exceed",
        "Hezbollah fighter deaths exceed 3,000, the Israeli army says.",
        dict(low=3000, metric="killed", source="Israel", subject="Hezbollah"),
    ),
    (
        "death-toll-among-troops",
        "The death toll among Ukrainian troops rose to 43,000, Zelensky said.",
        dict(value=43000, metric="killed", source=UA, subject=UA),
    ),
    (
        "dead-among-fighters",
        "Hamas has counted 300 dead among its fighters in Rafah, Israel said.",
        dict(value=300, metric="killed", subject="Hamas"),
    ),
    (
        "losses-reached-personnel",
        "Russia's overall combat losses since the invasion began have now reached about "
        "700,000 personnel, Kyiv said.",
        dict(value=700000, metric="killed", source=UA, subject=RU),
    ),
    (
        "suffered-casualties",
        "Kyiv said Russia suffered 1,300 casualties on Tuesday.",
        dict(value=1300, metric="casualties", source=UA, subject=RU),
    ),
    (
        "lost-n-soldiers",
        "Azerbaijan lost 12 soldiers in the border clash, Baku said.",
        dict(value=12, metric="killed", source="Azerbaijan", subject="Azerbaijan"),
    ),
    (
        "n-of-its-soldiers-died",
        "Chad said 23 of its soldiers died when the base was attacked.",
        dict(value=23, metric="killed", source="Chad", subject="Chad"),
    ),
    (
        "analysts-at-body",
        "Analysts at RUSI say Russia has about 580,000 troops in Ukraine.",
        dict(value=580000, source="Royal United Services Institute", subject=RU),
    ),
    (
        "possessive-figure-of",
        "Seoul's figure of 11,000 North Korean troops is higher than other estimates.",
        dict(value=11000, source=SK, subject=NK),
    ),
    (
        "outlet-citing-officials",
        "The New York Times reported, citing U.S. officials, that 10,500 North Korean troops were "
        "in Russia.",
        dict(value=10500, source=US, subject=NK),
    ),
    (
        "outlet-quoting-officials",
        "The Wall Street Journal, quoting Ukrainian officials, said 1,000 North Korean soldiers "
        "had been killed.",
        dict(value=1000, metric="killed", source=UA, subject=NK),
    ),
    (
        "relative-clause-antecedent-after-participle",
        "The first soldiers left on Tuesday, the French army said, confirming a statement by "
        "Chad's army, which said that the 1,100-strong French force would be gone by May.",
        dict(value=1100, source="Chad"),
    ),
    (
        "affiliation-given-later",
        "About 600 U.S. military trainers are in Taiwan, retired U.S. Air Force General Tom Baker "
        "told a Senate panel.\n\nBaker, a senior fellow at the Pacific Security Forum, said the "
        "number had doubled in two years.",
        dict(value=600, source="Pacific Security Forum", subject=US),
    ),
    (
        "minister-not-the-place-of-talks",
        "The minister, speaking after talks in Brussels, said 3,000 German troops would go to "
        "Lithuania.",
        dict(value=3000, source="Germany", subject="Germany"),
    ),
    (
        "next-sentence-according-to",
        "About 11,000 North Korean soldiers are in Kursk. That is according to the Pentagon.",
        dict(value=11000, source=US, subject=NK),
    ),
    (
        "next-sentence-figure-comes-from",
        "Roughly 600,000 Russian troops are in Ukraine. The figure comes from Ukraine's military "
        "intelligence.",
        dict(value=600000, source=UA, subject=RU),
    ),
    (
        "next-sentence-provided-by",
        "Some 4,000 Wagner fighters remain in Libya. That figure was provided by the French army.",
        dict(value=4000, source="France"),
    ),
    (
        "next-sentence-by-is-no-speaker",
        "About 300 Ukrainian soldiers held the town. It was captured by Russian forces on Monday.",
        dict(value=300, source=None),
    ),
    (
        "possessive-numbers",
        "By Kyiv's numbers, some 650,000 Russian soldiers have been killed or wounded.",
        dict(value=650000, metric="casualties", source=UA, subject=RU),
    ),
    (
        "continuation-past-places",
        "Officials here tell me the first 1,600 soldiers will come from the 82nd Airborne, the "
        "Pentagon said. Another 900 troops are being moved from Germany to Romania.",
        dict(value=900, source=US),
    ),
    (
        "officials-here",
        "The Pentagon confirmed the move on Monday. Officials here say 2,700 soldiers will go.",
        dict(value=2700, source=US),
    ),
    (
        "attributive-claimed-is-no-speech",
        "Ukraine's General Staff says Russia lost 1,230 troops in a day, bringing its claimed "
        "total to nearly 905,000.",
        dict(value=905000, source=UA, subject=RU),
    ),
    (
        "the-report-tracks",
        "A study by the Vistula Centre for Strategic Research was published on Monday. The "
        "report also tracks a 14,000-strong corps being formed near Belgorod.",
        dict(value=14000, source="Vistula Centre for Strategic Research"),
    ),
    (
        "reduced-relative-speaker",
        "Kyiv disputes the 20,000 soldiers the Kremlin says it has in Kursk.",
        dict(value=20000, source=RU),
    ),
    (
        "reduced-relative-named-speaker",
        "The 5,000 troops Kyiv says are massing near Sumy have not been seen by satellites.",
        dict(value=5000, source=UA),
    ),
    (
        "titled-unknown-name",
        "Moldova fears a Russian push. President Ana Rusu said 1,500 Russian troops remain in "
        "Transnistria.",
        dict(value=1500, source="Moldova", subject=RU),
    ),
    (
        "abbreviated-title-unknown-name",
        "Ukraine's army is stretched. Gen. Petro Bondar said 40,000 Russian troops were massing "
        "near Pokrovsk.",
        dict(value=40000, source=UA, subject=RU),
    ),
    (
        "titled-name-then-apposition",
        "Ukraine's army is stretched. General Petro Bondar, commander of the eastern grouping, "
        "said 45,000 Russian troops were massing near Pokrovsk.",
        dict(value=45000, source=UA, subject=RU),
    ),
    (
        "analysts-aside-is-not-the-state",
        "Russia, analysts said, has about 600,000 troops in Ukraine.",
        dict(value=600000, source=None, subject=RU),
    ),
    (
        "officials-said-of-a-state-acting",
        "The Pentagon has ordered about 2,800 more troops to Romania, officials said.",
        dict(value=2800, source=US, subject=US),
    ),
    (
        "speaker-in-sentence-before",
        "Ukraine's General Staff published its daily update on Monday. About 1,300 soldiers were "
        "killed in the past day.",
        dict(value=1300, metric="killed", source=UA),
    ),
    # --- what is counted --------------------------------------------------------------------
    (
        "killed",
        "Ukraine's army said 1,200 Russian soldiers were killed in a day.",
        dict(value=1200, metric="killed", source=UA, subject=RU),
    ),
    (
        "dead",
        "The Azerbaijani defence ministry said 12 Azerbaijani soldiers were dead.",
        dict(value=12, metric="killed", source="Azerbaijan"),
    ),
    (
        "died",
        "Kathmandu said 20 Nepali soldiers serving the Russian army had died.",
        dict(value=20, metric="killed", source="Nepal", subject="Nepal"),
    ),
    (
        "eliminated",
        "The IDF said 250 Hezbollah operatives had been eliminated.",
        dict(value=250, metric="killed", source="Israel", subject="Hezbollah"),
    ),
    (
        "lost",
        "Kyiv said Russia has lost 900 soldiers near Vuhledar.",
        dict(value=900, metric="killed", source=UA, subject=RU),
    ),
    (
        "death-toll",
        "Israel put Hamas's death toll at about 8,000 fighters.",
        dict(value=8000, metric="killed", source="Israel", subject="Hamas"),
    ),
    (
        "wounded",
        "Two Estonian soldiers were wounded in Mali, Estonia's army said.",
        dict(value=2, metric="wounded", source="Estonia"),
    ),
    (
        "injured",
        "The Pentagon said 34 U.S. service members were injured in the strike.",
        dict(value=34, metric="wounded", source=US, subject=US),
    ),
    (
        "casualties",
        "British intelligence estimates Russia has suffered 350,000 casualties.",
        dict(value=350000, metric="casualties", source=UK, subject=RU),
    ),
    (
        "killed-or-wounded",
        "About 100,000 Ukrainian soldiers have been killed or wounded, U.S. officials said.",
        dict(value=100000, metric="casualties", source=US, subject=UA),
    ),
    (
        "captured",
        "Kyiv said 300 Russian soldiers had been captured near Kursk.",
        dict(value=300, metric="captured", source=UA, subject=RU),
    ),
    (
        "prisoners",
        "Moscow said it holds 6,000 Ukrainian prisoners of war.",
        dict(value=6000, metric="captured", source=RU),
    ),
    (
        "held-captive",
        "Two North Korean soldiers are being held captive by Ukraine, Seoul said.",
        dict(value=2, metric="captured", source=SK),
    ),
    (
        "partitive-of-them",
        "Seoul said North Korean troops went to Russia and at least 1,100 of them had died.",
        dict(low=1100, metric="killed", source=SK, subject=NK),
    ),
    (
        "partitive-its",
        "Israel said three of its soldiers were killed in Gaza.",
        dict(value=3, metric="killed", source="Israel", subject="Israel"),
    ),
    (
        "mercenaries",
        "France said 1,000 Wagner mercenaries were in the Central African Republic.",
        dict(value=1000, subject="Wagner Group"),
    ),
    (
        "reservists",
        "Israel said it had called up 360,000 reservists.",
        dict(value=360000, source="Israel", subject="Israel"),
    ),
    (
        "advisers",
        "The Pentagon said 200 U.S. military advisers are in Taiwan.",
        dict(value=200, source=US, subject=US),
    ),
    (
        "peacekeepers",
        "The UN said 10,000 peacekeepers serve in southern Lebanon.",
        dict(value=10000, source="United Nations"),
    ),
    (
        "personnel",
        "Nearly 1,000 U.S. military personnel remain in Niger, officials said.",
        dict(value=1000, subject=US),
    ),
    (
        "men-with-force",
        "The militia's force of about 20,000 men controls the capital.",
        dict(value=20000, qualifier="approx"),
    ),
    (
        "people-fight",
        "Kyiv said 18,000 people from 40 countries volunteered to fight for Ukraine.",
        dict(value=18000, source=UA),
    ),
    (
        "demonym-plural",
        "Kathmandu said 400 Nepalis are fighting as mercenaries in the Russian army.",
        dict(value=400, subject="Nepal", source="Nepal"),
    ),
    (
        "numbered-after-noun",
        "Lebanon's armed forces, estimated at about 80,000, stayed out.",
        dict(value=80000, subject="Lebanon"),
    ),
    (
        "anaphoric-bare",
        "French soldiers are in Niger to fight jihadists. Some 300 are based in Ouallam.",
        dict(value=300, subject="France"),
    ),
    (
        "hedged-reportedly",
        "Some 2,000 Russian troops have reportedly entered Belarus.",
        dict(value=2000, hedged=True, subject=RU),
    ),
    (
        "hedged-allegedly",
        "Moscow allegedly sent 500 mercenaries to Mali.",
        dict(value=500, hedged=True),
    ),
    (
        "hedged-could-forecast",
        "The number of Russian troops near Sumy could reach 50,000 by Friday, Kyiv said.",
        dict(value=50000, hedged=True, source=UA),
    ),
    (
        "not-hedged",
        "Ukraine's army said 5,000 Russian soldiers were moved to Kursk.",
        dict(value=5000, hedged=False),
    ),
    # --- claimants: forms met on unseen text ------------------------------------------------
    (
        "according-to-him",
        "Russia has gathered about 70,000 soldiers near Pokrovsk, Ukraine's commander-in-chief "
        "Oleksandr Syrskyi said. According to him, Moscow has also brought up to 3,000 marines "
        "to the southern front.",
        dict(high=3000, qualifier="at_most", source=UA, subject=RU),
    ),
    (
        "according-to-them",
        "Polish border guards counted 40 Belarusian soldiers at the fence on Monday. According "
        "to them, Minsk has moved some 2,000 troops closer to the border.",
        dict(value=2000, source="Poland", subject="Belarus"),
    ),
    (
        "who-spoke",
        "Human Rights Watch said 30 civilians died in the shelling.\n\nUp to 20,000 Ethiopian "
        "troops have been sent to the region, according to a senior army officer who spoke on "
        "condition of anonymity.",
        dict(high=20000, source="Ethiopia", subject="Ethiopia"),
    ),
    (
        "who-briefed",
        "Amnesty International said dozens of homes burned. About 4,000 Sudanese soldiers hold "
        "the city, according to a Sudanese commander who briefed reporters in Port Sudan.",
        dict(value=4000, source="Sudan"),
    ),
    (
        "than-admitted",
        "Russia has sent between 15,000 and 20,000 troops into Belarus, far more than Moscow "
        "has admitted, Poland's intelligence chief said on Friday.",
        dict(low=15000, high=20000, source="Poland", subject=RU),
    ),
    (
        "than-declared",
        "Some 12,000 Belarusian soldiers took part, twice what Minsk and Moscow declared, "
        "Lithuania's defence minister told reporters.",
        dict(value=12000, source="Lithuania", subject="Belarus"),
    ),
    (
        "affirmed",
        "Niger's army affirmed that more than 60 of its soldiers were killed in the ambush.",
        dict(low=60, metric="killed", source="Niger"),
    ),
    (
        "credits-with",
        "The Military Balance credits Eritrea's army with roughly 200,000 active personnel.",
        dict(value=200000, source="International Institute for Strategic Studies"),
    ),
    (
        "un-panel-owner",
        "A report by the UN Panel of Experts says about 5,000 Rwandan soldiers are fighting in "
        "eastern Congo.",
        dict(value=5000, source="United Nations", subject="Rwanda"),
    ),
    (
        "un-group-owner",
        "According to the UN Group of Experts, Burundi keeps between 8,000 and 10,000 troops "
        "in South Kivu.",
        dict(low=8000, high=10000, source="United Nations", subject="Burundi"),
    ),
    (
        "count-on-is-no-claim",
        "UN experts estimate that the gangs can count on about 9,000 gunmen and fighters.",
        dict(value=9000, source="United Nations"),
    ),
    (
        "us-forces-korea",
        "Roughly 28,000 American troops remain in South Korea, US Forces Korea said on Friday.",
        dict(value=28000, source=US, subject=US),
    ),
    (
        "acled-ampersand",
        "The Armed Conflict Location & Event Data Project has recorded 280 Houthi fighters "
        "killed since March.",
        dict(value=280, metric="killed", source="Armed Conflict Location & Event Data Project"),
    ),
    (
        "aside-in-a-statement",
        "Somali troops retook the town. The Government Media Office, in a statement read on "
        "state radio, said 45 al-Shabaab fighters were killed.",
        dict(value=45, metric="killed", source="Somalia"),
    ),
    (
        "affiliated-with-apposition",
        "The militant group JNIM, affiliated with al-Qaeda, said it killed 30 soldiers at the "
        "base.",
        dict(value=30, metric="killed", source="JNIM"),
    ),
    (
        "compiled-by-author",
        "The Military Balance, compiled by the IISS, estimates that Chad's army has 30,000 troops.",
        dict(value=30000, source="International Institute for Strategic Studies"),
    ),
    (
        "relative-that-closed-by-comma",
        "The Danube Conflict Circle, a Vienna-based organisation that has followed the war since "
        "2014, estimates that Azerbaijan keeps about 6,000 soldiers along the line.",
        dict(value=6000, source="Danube Conflict Circle", subject="Azerbaijan"),
    ),
    (
        "the-spokesman-ranked-name",
        "Kenyan troops killed nine militants in Lamu, a spokesman for the Kenya Defence Forces "
        "said. Two Kenyan soldiers were wounded, the spokesman, Brigadier Paul Njuguna, told "
        "reporters.",
        dict(value=2, metric="wounded", source="Kenya"),
    ),
    (
        "the-mission-said",
        "Two MONUSCO peacekeepers were wounded when their convoy was hit near Beni, the mission "
        "said.",
        dict(value=2, metric="wounded", source="United Nations"),
    ),
    (
        "title-case-acronym",
        "Monusco spokeswoman Ann Duval said the mission has about 11,000 troops in the east.",
        dict(value=11000, source="United Nations"),
    ),
    (
        "captured-is-an-adjective",
        "The rebels have grown to about 8,000 fighters after forced recruitment in the captured "
        "towns.",
        dict(value=8000, metric="troops"),
    ),
    (
        "military-engineers",
        "Pyongyang will send 5,000 military engineers to the Kursk region, Moscow said.",
        dict(value=5000, metric="troops", subject=NK, source=RU),
    ),
    (
        "standing-presence-is-the-outlets",
        "France stations about 1,500 troops in Djibouti, its largest base in Africa.",
        dict(value=1500, subject="France", source=None),
    ),
    (
        "a-states-decision-is-its-claim",
        "Chad will send about 1,000 soldiers to the border on Monday.",
        dict(value=1000, subject="Chad", source="Chad"),
    ),
    (
        "a-states-past-act-is-the-outlets-report",
        "Chad sent about 1,000 soldiers to the border on Monday.",
        dict(value=1000, subject="Chad", source=None),
    ),
    (
        "a-call-up-is-the-states-claim",
        "Israel is calling up 300,000 army reservists as it prepares for a wider war.",
        dict(value=300000, subject="Israel", source="Israel"),
    ),
    (
        "according-to-name-with-known-word",
        "Wagner still has between 1,000 and 1,500 fighters in Libya, according to Eyes on "
        "Wagner, a research project that follows Russian mercenaries.",
        dict(low=1000, high=1500, source="Eyes on Wagner"),
    ),
    (
        "place-after-compass-word",
        "The UN mission in northern Mali says three of its peacekeepers were wounded on Friday.",
        dict(value=3, metric="wounded", source="United Nations"),
    ),
    (
        "ambassador-to-the-country",
        "About 2,000 Russian instructors are working in Mali, Russian Ambassador to the Sahel "
        "state Igor Gromyko told TASS.",
        dict(value=2000, source=RU),
    ),
    (
        "titled-unknown-name-dateline",
        "NAIROBI - Kenyan police officers are arriving in Haiti. Defence Minister Ruth Oduya "
        "told lawmakers that 600 Kenyan soldiers were already in Port-au-Prince.",
        dict(value=600, source="Kenya"),
    ),
    (
        "claim-after-while-is-another-clause",
        "Army sources said more than 40 soldiers were killed in the raid, while the rebels "
        "claimed to have killed over 150.",
        dict(low=40, metric="killed", source=None),
    ),
    (
        "while-doing-is-no-contrast",
        "SEOUL (Yonhap) -- At least 60 North Korean soldiers were killed while fighting in "
        "Kursk, a lawmaker said, citing the country's spy agency.",
        dict(low=60, metric="killed", source=SK),
    ),
    (
        "share-of-a-force-lost",
        "Kyiv estimates that of the roughly 9,000 Chechen fighters sent to Kursk, about 1,200 "
        "have been killed or wounded.",
        dict(value=1200, metric="casualties", source=UA),
    ),
    (
        "listed-loss-after-a-loss",
        "Some 150 Ethiopian soldiers have died and about 900 have been wounded, Addis Ababa said.",
        dict(value=900, metric="wounded", source="Ethiopia"),
    ),
    (
        "states-inside-a-name-says-nothing",
        "The United States stations about 35,000 troops in Germany under a status of forces "
        "agreement.",
        dict(value=35000, subject=US, source=None),
    ),
    (
        "body-kind-then-its-name",
        "The militants are estimated by the conflict monitor Sahel Watch to number between 900 "
        "and 1,200 fighters.",
        dict(low=900, high=1200, source="Sahel Watch"),
    ),
    (
        "one-word-name-keeps-the",
        "About 2,000 Russian operatives remain in the country, according to a report by The "
        "Lantern, a Geneva-based investigative group.",
        dict(value=2000, source="The Lantern"),
    ),
    (
        "the-ministry-is-the-last-ministry",
        "Japan's defence ministry said the report was false. The Pentagon also denied it. The "
        "ministry estimates China's active forces at about 2 million.",
        dict(value=2000000, source="Japan"),
    ),
    (
        "military-official-beside-an-agency",
        "The IDF believes it has killed 300 Hezbollah fighters this month, a military official "
        "said, in addition to roughly 40 gunmen killed inside Israel.",
        dict(value=40, metric="killed", source="Israel"),
    ),
    (
        "us-european-command",
        "There are about 85,000 U.S. troops in Europe, according to European Command.",
        dict(value=85000, source=US),
    ),
    (
        "movement-with-a-country-in-its-name",
        "Darfur Liberation Movement leader Ali Haroun said his movement has around 4,000 "
        "fighters in Nyala.",
        dict(value=4000, source="Darfur Liberation Movement"),
    ),
    (
        "the-ministry-after-a-dateline",
        "TOKYO (Kyodo) -- Japan's defense ministry said it had not discussed the issue. The "
        "Pentagon also said the report was false. The ministry estimates China's active forces "
        "at about 2 million.",
        dict(value=2000000, source="Japan"),
    ),
    # --- a count that leaves its noun out, after a force just counted ----------------------
    (
        "ellipsis-place",
        "Canada keeps about 2,000 soldiers in Latvia and roughly 120 in Poland, Ottawa said.",
        dict(value=120, source="Canada", subject="Canada"),
    ),
    (
        "ellipsis-comma-place",
        "Spain has some 600 troops in Latvia, and about 150 in Slovakia.",
        dict(value=150, subject="Spain"),
    ),
    (
        "ellipsis-list-with",
        "Ghana sends the largest unit, with about 900 soldiers, followed by Nepal with 750 and "
        "Ireland with roughly 340.",
        dict(value=750, subject="Nepal"),
    ),
    # --- history in another clause does not date a present figure ---------------------------
    (
        "present-then-history-apposition",
        "The United States stations about 50,000 troops in Japan, a legacy of the Second World "
        "War.",
        dict(value=50000, subject=US),
    ),
    (
        "unnamed-ministry-of-the-state-whose-army-it-is",
        "The Chadian army now counts about 35,000 soldiers, according to the Ministry of Defence.",
        dict(value=35000, subject="Chad", source="Chad"),
    ),
    (
        "unnamed-general-staff-of-the-units-that-acted",
        "Ukrainian units took more than 400 Russian soldiers prisoner last month, the chief of "
        "the General Staff said.",
        dict(low=400, metric="captured", subject=RU, source=UA),
    ),
    (
        "outlet-named-as-head-of-its-description",
        "The independent Russian outlet Verstka has verified by name more than 9,000 soldiers "
        "killed from the Buryatia region.",
        dict(low=9000, metric="killed", source="Verstka"),
    ),
    (
        "troops-sent-to-replace-losses",
        "Seoul's spy agency said Pyongyang had sent about 2,000 more troops to Russia to replace "
        "its losses.",
        dict(value=2000, metric="troops", subject=NK, source=SK),
    ),
    (
        "military-as-a-plural-noun",
        "Roughly 2,100 US military are stationed in Poland, the embassy said.",
        dict(value=2100, subject=US),
    ),
    (
        "ellipsis-under-a-flag",
        "Kenya has some 3,000 soldiers in the mission, while Burundi keeps around 1,200 under the "
        "AU flag.",
        dict(value=1200, subject="Burundi"),
    ),
    (
        "people-called-up-under-conscription",
        "Myanmar's military government has called up more than 30,000 people under its "
        "conscription law, its spokesman said.",
        dict(low=30000, metric="troops"),
    ),
    (
        "treaty-year-dates-the-treaty",
        "About 2,000 French troops remain in Djibouti under a defence treaty signed in 1977.",
        dict(value=2000, subject="France"),
    ),
    (
        "leader-calling-up-owns-the-forces",
        "President Tokayev signed a decree calling up 9,000 men for military service this spring.",
        dict(value=9000, subject="Kazakhstan", source="Kazakhstan"),
    ),
    (
        "losses-exceeded-killed-and-wounded",
        "Russian losses near Vuhledar have exceeded 7,000 killed and wounded, Ukraine's army says.",
        dict(low=7000, qualifier="at_least", metric="casualties", subject=RU, source=UA),
    ),
    (
        "one-of-its-soldiers-wounded",
        "Georgia's defence ministry said one of its soldiers had been wounded by a sniper.",
        dict(value=1, metric="wounded", subject="Georgia", source="Georgia"),
    ),
    (
        "breakdown-of-them-seriously",
        "Lebanon's army said six soldiers were wounded in the strike, four of them seriously.",
        dict(value=6, metric="wounded", subject="Lebanon", source="Lebanon"),
    ),
    (
        "inflicted-on-militants",
        "Niger's defence ministry said its soldiers killed about 60 terrorists near Tillaberi.",
        dict(value=60, metric="killed", subject="militants", source="Niger"),
    ),
    (
        "armed-group-kills-soldiers",
        "JNIM, the al-Qaeda affiliate, said it killed more than 50 soldiers in central Mali.",
        dict(low=50, metric="killed", subject="Mali", source="JNIM"),
    ),
    (
        "armed-group-captures-soldiers",
        "The Arakan Army said on Sunday it had captured 120 soldiers when it took the base in "
        "Myanmar's Rakhine State.",
        dict(value=120, metric="captured", subject="Myanmar", source="Arakan Army"),
    ),
    (
        "supreme-price",
        "Seven soldiers paid the supreme price when insurgents attacked a base in Borno, the "
        "Nigerian army said.",
        dict(value=7, metric="killed", subject=None),
    ),
    (
        "arrested-is-captured",
        "Somali troops arrested 14 al-Shabaab fighters in a dawn raid, the army said.",
        dict(value=14, metric="captured", subject="al-Shabaab"),
    ),
    (
        "event-year-is-no-date-for-next-sentence",
        "Kigali says its troops guard against militias that include veterans of the 1994 "
        "genocide.\n\nBurundi's army said eight of its soldiers had been killed near Uvira.",
        dict(value=8, metric="killed", subject="Burundi", source="Burundi"),
    ),
    (
        "unnamed-headquarters-is-the-articles-state",
        "Troops killed 19 insurgents in raids over the past week, the Defence Headquarters said.\n\n"
        "The figures were given at a briefing in Abuja on the fighting in Nigeria's north-east.",
        dict(value=19, metric="killed", subject="militants", source="Nigeria"),
    ),
    (
        "rank-abbreviations-do-not-end-the-sentence",
        "Kenyan army spokesman Lt. Col. Amos Wanjiru said the battalion had killed 35 militants "
        "near Kismayo.",
        dict(value=35, metric="killed", subject="militants", source="Kenya"),
    ),
    (
        "bracketed-acronym-between-number-and-noun",
        "Analysts count between 2,000 and 2,500 Burundi National Defence Force (FDNB) troops in "
        "South Kivu.",
        dict(low=2000, high=2500, subject="Burundi", metric="troops"),
    ),
    (
        "an-article-defines-a-news-agencys-letters",
        "The Armed Forces of the Philippines (AFP) will send 400 marines to Batanes, AFP "
        "spokesman Col. Ramon Reyes told reporters.",
        dict(value=400, subject="Philippines", source="Philippines"),
    ),
    (
        "diplomats-in-a-capital-are-not-its-government",
        "Kenya keeps roughly 3,000 soldiers in the mission, according to diplomats in Mogadishu.",
        dict(value=3000, subject="Kenya", source=None),
    ),
    (
        "officials-in-a-capital-are-its-government",
        "Some 40,000 Indian troops remain in Ladakh, defence officials in New Delhi said.",
        dict(value=40000, subject="India", source="India"),
    ),
    (
        "fell-on-the-field-of-honour-is-killed",
        "The general staff said 9 soldiers fell on the field of honour when the convoy was "
        "ambushed near Djibo.",
        dict(value=9, metric="killed"),
    ),
    (
        "a-loss-in-a-despite-clause-is-not-the-forces-metric",
        "Officials believe al-Shabaab still has some 9,000 armed fighters in Somalia, despite "
        "having lost about 2,000 militants killed this year.",
        dict(value=9000, metric="troops"),
    ),
    (
        "a-count-from-another-country-listed-after-a-force",
        "The mission includes some 400 soldiers from Jamaica and about 90 from Belize.",
        dict(value=90, subject="Belize", metric="troops"),
    ),
    (
        "estimated-the-number-of-fighters-at-about-a-range",
        "A UN monitoring team has estimated the number of al-Shabaab fighters in Somalia at "
        "about 7,000 to 9,000.",
        dict(low=7000, high=9000, metric="troops", subject="al-Shabaab"),
    ),
    (
        "armed-forces-number-people",
        "The defence minister said Poland's armed forces now number about 210,000 people.",
        dict(value=210000, metric="troops", subject="Poland"),
    ),
    (
        "two-capital-dateline-the-side-the-sentence-names",
        "HANOI/VIENTIANE - Fighting resumed on Monday. On the Laotian side, defence ministry "
        "spokesman Colonel Khamphet said four Laotian soldiers had been killed.",
        dict(value=4, metric="killed", source="Laos"),
    ),
    (
        "two-capital-dateline-an-unnamed-ministry",
        "NAIROBI/KAMPALA - Talks open on Monday. Somalia remains home to some 900 Ugandan "
        "troops, according to the defence ministry.",
        dict(value=900, source="Uganda"),
    ),
    (
        "lowercase-title-words-after-a-capitalised-one",
        "JUBA - Uganda flew in special forces on Monday. Military spokesman Major General Ayen "
        "Deng said at least 14 soldiers had been killed in Nasir.",
        dict(low=14, metric="killed", source="South Sudan"),
    ),
    (
        "the-taliban-government-speaks-for-afghanistan",
        "Taliban government spokesman Zabihullah Mujahid said 12 Pakistani soldiers had been "
        "killed in the clashes.",
        dict(value=12, metric="killed", source="Afghanistan"),
    ),
    (
        "a-running-total-since-an-old-year",
        "Since its deployment in 2013, more than 300 of its peacekeepers have been killed, "
        "the mission said in a statement on its work in 2025.",
        dict(low=300, metric="killed"),
    ),
    (
        "an-agreements-old-year-does-not-date-the-figure",
        "Under a 2012 bilateral agreement, about 19,000 US Marines remain in Okinawa in 2025.",
        dict(value=19000, subject=US),
    ),
    (
        "occupiers-taken-prisoner",
        "Our defenders took 17 occupiers prisoner near Kupiansk, the brigade said.",
        dict(value=17, metric="captured"),
    ),
    (
        "a-loss-verb-before-a-quoted-count",
        'The army said it had killed "more than 60 Taliban and affiliated terrorists" and had '
        "seized 4 border posts.",
        dict(low=60, metric="killed", subject="Taliban"),
    ),
    (
        "the-general-staff-in-a-capital-speaks-for-it",
        "Warsaw is moving troops east. The General Staff in Kyiv says Russia lost another 870 "
        "troops over the past day.",
        dict(value=870, metric="killed", source=UA),
    ),
    (
        "its-running-total-is-the-last-speakers",
        "The General Staff in Kyiv says Russia lost another 870 troops over the past day. Its "
        "running total of Russian losses now stands at just under 1.2 million.",
        dict(high=1200000, source=UA),
    ),
    (
        "history-then-present-clause",
        "The Korean War ended in a truce in 1953; today about 28,000 American troops remain in "
        "South Korea.",
        dict(value=28000, subject=US),
    ),
    (
        "compiled-from-social-media-posts",
        "OpenCount, a volunteer project, has matched 48,210 Ukrainian soldiers killed to "
        "obituaries and social media posts, it said on Tuesday.",
        dict(value=48210, metric="killed", source="OpenCount", subject=UA),
    ),
    (
        "speaker-after-relative-clause-with-list",
        "The Sahel Watch Project, which tallies deaths from hospital records, local radio "
        "reports and church registers, has counted 2,140 Malian soldiers killed this year.",
        dict(value=2140, metric="killed", source="Sahel Watch Project", subject="Mali"),
    ),
    (
        "people-who-signed-service-contracts",
        "Russia's security council said 38,500 people had signed contracts with the defence "
        "ministry in the first quarter.",
        dict(value=38500, metric="troops", source=RU),
    ),
    (
        "known-official-described-by-a-body",
        "Sergei Lavrov, the veteran of many Security Council sessions, said 4,000 Ukrainian "
        "soldiers had surrendered near Pokrovsk.",
        dict(value=4000, metric="captured", source=RU, subject=UA),
    ),
    (
        "plain-officials-are-the-datelines-country",
        "PESHAWAR, March 3 - Around 40 militants are hiding in the hills above the valley, "
        "officials said.",
        dict(value=40, metric="troops", source="Pakistan"),
    ),
    (
        "translated-effectives-decimal-comma-mil",
        "CARACAS - To the border state of Apure were sent 2,5 mil effectives of the National "
        "Guard, according to the Venezuelan defence ministry.",
        dict(value=2500, metric="troops", source="Venezuela"),
    ),
    (
        "ex-soldiers-serving-abroad",
        "Bogota's foreign ministry says some 400 Colombian ex-soldiers are serving with the "
        "paramilitary.",
        dict(value=400, qualifier="approx", source="Colombia", subject="Colombia"),
    ),
    (
        "deminers",
        "Pyongyang has also sent about 1,200 military deminers to Kursk, Seoul's spy agency said.",
        dict(value=1200, source=SK, subject=NK),
    ),
    (
        "force-noun-then-strength-verb",
        "Lithuanian troops now number about 3,500 along the Suwalki gap, the army said.",
        dict(value=3500, source="Lithuania", subject="Lithuania"),
    ),
    (
        "weak-noun-coordinated-with-force-noun",
        "Delhi says the carrier group carries more than 1,600 officers and sailors.",
        dict(low=1600, qualifier="at_least", source="India", subject="India"),
    ),
    (
        "translated-affirm",
        "The Burkinabe army affirm for their part to have neutralised 63 terrorists near Djibo.",
        dict(value=63, metric="killed", source="Burkina Faso"),
    ),
    (
        "unit-nickname-in-quotation-marks",
        'About 2,600 "Red Dragon" paratroopers are heading to Lithuania, the Pentagon said.',
        dict(value=2600, qualifier="approx", source=US),
    ),
    (
        "of-the-owners-fighters",
        "Kyiv said its drones had killed more than 40 of the rebels' fighters overnight.",
        dict(low=40, metric="killed", source=UA),
    ),
    (
        "negation-in-a-closed-aside",
        "Kyiv, which does not publish its own losses, says Russia has lost about 4,000 soldiers "
        "near Pokrovsk this month.",
        dict(value=4000, metric="killed", source=UA, subject=RU),
    ),
    (
        "translated-evaluate-at",
        "Security sources evaluate the strength of the JNIM fighters at around 6,000.",
        dict(value=6000, metric="troops"),
    ),
    (
        "translated-elements-of-the-guard",
        "Mexico's defence ministry said 6 000 elements of the National Guard had reached the "
        "northern border.",
        dict(value=6000, metric="troops", source="Mexico"),
    ),
    (
        "said-then-a-participle-estimated-at",
        "Seoul's spy agency said the North Korean troops, estimated at about 11,000, had "
        "reached the front.",
        dict(value=11000, source=SK, subject=NK),
    ),
    (
        "he-is-the-person-the-last-sentence-was-about",
        "Berlin is weighing more aid, according to two officials familiar with the talks. "
        "Ukraine's army chief, Gen. Petro Hnatenko, joined the meeting by video link. Russia "
        "now has about 610,000 troops inside Ukraine, he said.",
        dict(value=610000, subject=RU, source=UA),
    ),
    (
        "a-treatys-year-in-its-name-does-not-date-the-figure",
        "Washington keeps about 28,500 troops in South Korea under the 1953 Mutual Defense Treaty.",
        dict(value=28500, subject=US, metric="troops"),
    ),
    (
        "armed-forces-personnel-are-people-however-few",
        "An army spokesman said four Indian armed forces personnel had died in the shelling.",
        dict(value=4, subject="India", metric="killed"),
    ),
    (
        "a-long-force-name-between-number-and-noun",
        "Tokyo will send roughly 150 Japan Ground Self-Defense Force personnel to the drills.",
        dict(value=150, metric="troops"),
    ),
    (
        "a-where-clause-keeps-its-own-deaths",
        "The ministry said about 4,000 soldiers had been sent to the region, where clashes "
        "between two armed groups have killed at least 60 people since Friday.",
        dict(value=4000, metric="troops"),
    ),
    (
        "troops-sent-to-guard-prisons-are-not-prisoners",
        "About 18,000 military personnel have been deployed to streets and prisons, according "
        "to Ecuador's Joint Command of the Armed Forces.",
        dict(value=18000, metric="troops", subject="Ecuador"),
    ),
    (
        "a-state-that-says-troops-were-sent-speaks-of-its-own",
        "Some 15,000 soldiers have been sent to the border states, Venezuela's defence "
        "ministry said.",
        dict(value=15000, subject="Venezuela", source="Venezuela"),
    ),
    (
        "a-president-named-without-a-country",
        "Noboa said 22,000 soldiers were now patrolling the coastal provinces.",
        dict(value=22000, source="Ecuador"),
    ),
    (
        "where-a-speaker-phoned-from-is-neither-claimant-nor-place",
        "An RSF adviser, speaking by phone from Nairobi, said the RSF had lost fewer than 30 "
        "fighters.",
        dict(high=30, source="Rapid Support Forces", location=None),
    ),
    (
        "sources-a-monitor-contacted-are-nobodys",
        "At least 60 soldiers were killed in Burkina Faso, according to local sources "
        "contacted by Human Rights Watch.",
        dict(low=60, source=None),
    ),
    (
        "a-border-named-by-a-demonym-is-no-location",
        "Twelve Nigerien soldiers were killed when their patrol was attacked near the Malian "
        "border, Niger's army said.",
        dict(value=12, location=None),
    ),
    (
        "another-n-after-a-second-loss-verb",
        "Special forces killed 50 North Korean soldiers near Plekhovo and wounded another 47.",
        dict(value=47, metric="wounded", subject=NK),
    ),
    (
        "people-a-force-lost-are-its-soldiers",
        "Kyiv says the North Korean contingent has lost about 4,000 people killed and wounded.",
        dict(value=4000, metric="casualties", subject=NK),
    ),
    (
        "part-of-a-loss-including-n-in-one-area",
        "Moscow claimed Ukraine had lost up to 1,300 servicemen that day, including up to 420 "
        "near Pokrovsk.",
        dict(high=420, metric="killed", subject=UA),
    ),
    (
        "a-figure-put-at-a-number-earlier-this-month",
        "Putin said some 690,000 Russian servicemen were in the zone. Budanov put the figure "
        "at about 570,000 earlier this month.",
        dict(value=570000, source=UA, subject=RU),
    ),
    (
        "a-loss-lists-personnel-line-under-its-heading",
        "Russian losses pass a million\n\nKYIV - Total Russian combat losses since February "
        "2022, according to Ukraine's General Staff:\n- personnel: about 1,002,120 (+1,030)\n"
        "- tanks: 10,930 (+2)",
        dict(value=1002120, metric="casualties", subject=RU, source=UA),
    ),
    (
        "at-any-given-time-names-no-speaker",
        "Around 9,000 US troops are in Poland at any given time.",
        dict(value=9000, subject=US, source=None),
    ),
    (
        "our-estimate-under-a-speakers-label",
        "Transcript: Estonian intelligence chief on Russia's army\n\nHOST: How big is it "
        "now?\n\nKAUR TAMM, director of Estonia's Foreign Intelligence Service: Our estimate "
        "is that Russia has close to 610,000 troops in Ukraine.",
        dict(value=610000, subject=RU, source="Estonia"),
    ),
    (
        "a-titled-official-of-the-state-that-moved-its-troops",
        "Poland has moved about 35,000 soldiers close to its borders with Belarus and Russia, "
        "Deputy Defence Minister Jan Nowicki told Polish radio.",
        dict(value=35000, subject="Poland", source="Poland"),
    ),
    (
        "a-number-of-forces-that-remained-around-n",
        "The NIS said the total number of North Korean personnel deployed to Russia remained "
        "around 11,500.",
        dict(value=11500, subject=NK, source=SK),
    ),
    (
        "a-gangs-armed-members",
        "Ecuador's government estimates that Los Lobos has about 8,500 armed members.",
        dict(value=8500, subject="Los Lobos", source="Ecuador"),
    ),
    (
        "green-berets-are-troops",
        "Between 40 and 70 Green Berets rotate through Taiwan's outlying islands, a former "
        "official said.",
        dict(low=40, high=70, metric="troops"),
    ),
    (
        "a-people-counted-after-their-forces-are-those-forces",
        "North Korea has sent 11,000 troops to Russia, Seoul says. Kyiv says some 12,500 North "
        "Koreans were already in the Kursk region.",
        dict(value=12500, subject=NK, source=UA),
    ),
    (
        "a-people-counted-after-their-forces-in-a-text-with-a-dotted-capital",
        "Talks in İstanbul stalled. North Korea has sent 11,000 troops to Russia, Seoul says. "
        "Kyiv says some 12,600 North Koreans were already in the Kursk region.",
        dict(value=12600, subject=NK, source=UA),
    ),
    (
        "a-people-named-in-a-count-of-personnel",
        "The mission has about 430 personnel on the ground, including some 390 Kenyans and two "
        "dozen Jamaican soldiers.",
        dict(value=390, subject="Kenya", metric="troops"),
    ),
    (
        "officers-pledged-to-a-mission-abroad",
        "Kenya has pledged a total of 1,000 officers to the security mission in Haiti.",
        dict(value=1000, subject="Kenya", metric="troops"),
    ),
    (
        "estimates-that-n-have-arrived-counts-the-forces-just-named",
        "North Korean troops are in Russia. South Korea's spy agency estimates that more than "
        "10,000 have arrived there in total.",
        dict(low=10000, subject=NK, source=SK),
    ),
    (
        "a-speaker-puts-the-contingent-just-named-at-n",
        "North Korea has sent troops to Russia. South Korea's spy agency puts the contingent at "
        "about 11,000 troops.",
        dict(value=11000, subject=NK, source=SK),
    ),
    (
        "a-relative-clause-closed-before-the-verb-is-not-the-speaker",
        "The SDF, which the US has armed since 2015 in the campaign against the Islamic State "
        "group, says it has about 95,000 fighters.",
        dict(value=95000, source="Syrian Democratic Forces"),
    ),
    (
        "a-whose-clause-about-the-speakers-troops",
        "South Africa, whose troops formed the core of the SADC mission, has confirmed that 13 "
        "of its soldiers died near Goma.",
        dict(value=13, source="South Africa"),
    ),
    (
        "a-whose-clause-with-its-own-speaker",
        "The RSF, whose strength the Horn Security Institute puts at around 90,000 fighters, "
        "did not respond.",
        dict(value=90000, source="Horn Security Institute"),
    ),
    (
        "a-countrys-contingent-in-a-mission-speaks-for-the-country",
        "Uganda's contingent in the African Union mission in Somalia said its soldiers had "
        'killed "over 40" militants.',
        dict(low=40, source="Uganda"),
    ),
    (
        "their-leadership-boasted",
        "The Houthis have not commented. Their leadership has repeatedly boasted that more than "
        "150,000 fighters have completed training.",
        dict(low=150000, source="Houthis"),
    ),
    (
        "the-lna-claims-to-command-men",
        "The LNA itself claims to command more than 75,000 men.",
        dict(low=75000, source="Libyan National Army", subject="Libyan National Army"),
    ),
    (
        "a-former-official-speaks-for-nobody",
        "A former Pentagon official told a think tank that roughly 450 US military personnel "
        "were in Taiwan.",
        dict(value=450, subject=US, source=None),
    ),
    (
        "a-body-described-by-where-it-is-registered-is-not-that-country",
        "The Nile Observatory, a London-registered monitor, says at least 280 RSF fighters were "
        "killed.",
        dict(low=280, source="Nile Observatory"),
    ),
    (
        "fighters-from-an-armed-group-named-with-an-adjective",
        "Sudan's army says some two thousand fighters from the paramilitary Rapid Support "
        "Forces attacked the city before dawn.",
        dict(value=2000, subject="Rapid Support Forces", source="Sudan"),
    ),
    (
        "experts-estimate-its-strength-of-the-group-just-named",
        "M23 fighters seized Goma in January. United Nations experts estimate its strength at "
        "about 6,200 fighters.",
        dict(value=6200, subject="M23", source="United Nations"),
    ),
    (
        "we-estimate-its-forces-of-the-state-this-sentence-named",
        "Ethiopian troops massed in Afar last month. Eritrea has extended its call-up; we "
        "estimate its forces under arms at around 150,000 to 200,000.",
        dict(low=150000, high=200000, subject="Eritrea"),
    ),
    (
        "a-speaker-announced-in-one-sentence-states-the-next",
        "Fighting has intensified. Ukraine's General Staff gave a grim assessment in its weekly "
        "briefing on Monday. Russia has massed around 105,000 troops on the Pokrovsk axis.",
        dict(value=105000, subject=RU, source=UA),
    ),
    (
        "a-statement-with-its-own-content-does-not-carry-over",
        "The Pentagon said in a statement that the report was not true. About 28,500 US service "
        "members are stationed in South Korea.",
        dict(value=28500, subject=US, source=None),
    ),
    (
        "an-interview-with-unmarked-questions-speaks-for-the-interviewee",
        "'They come in small groups now': an officer on the southern front\n\nPublished 5 "
        "September 2025\n\nThe deputy commander of a brigade fighting in the Zaporizhzhia "
        "region spoke to us by phone.\n\nHow many Russian troops face your sector?\nOur "
        "estimate is between 40,000 and 45,000.\n\nWhat do you need most?\nShells.\n\nIs "
        "there talk of rotation?\nNot yet.",
        dict(low=40000, high=45000, source=UA),
    ),
    (
        "a-footnote-mark-glued-to-a-name",
        "Taiwan has roughly 150,000 active-duty troops, according to the International "
        "Institute for Strategic Studies,[4] and it restored a full year of conscription.",
        dict(value=150000, source="International Institute for Strategic Studies"),
    ),
    (
        "an-active-duty-force-of-n",
        "Taiwan, by comparison, has an active-duty force of roughly 150,000, according to the "
        "International Institute for Strategic Studies.",
        dict(value=150000, metric="troops", source="International Institute for Strategic Studies"),
    ),
    (
        "a-us-division-speaks-for-its-state",
        "The US Army is rotating armored brigades through Korea. The 2nd Infantry Division "
        "said the new brigade brought about 3,900 soldiers to the peninsula.",
        dict(value=3900, source=US),
    ),
    (
        "the-forum-is-the-body-a-researcher-was-introduced-with",
        "Myanmar's army is short of men, said Naing Lin Htet, a researcher at the Salween "
        "Security Forum. The forum estimates that Myanmar's army can field between 70,000 and "
        "100,000 combat troops.",
        dict(low=70000, high=100000, source="Salween Security Forum"),
    ),
    (
        "a-registry-named-in-apposition",
        "An independent volunteer project, the Fallen Defenders Registry, has documented 70,900 "
        "named Ukrainian soldiers killed.",
        dict(value=70900, source="Fallen Defenders Registry", subject=UA),
    ),
    (
        "a-subjects-second-verb-of-saying",
        "Ottawa currently has about 1,850 troops in Latvia and says the contingent will grow.",
        dict(value=1850, source="Canada", subject="Canada"),
    ),
    (
        "a-quoted-count-of-wounded-after-the-dead",
        'Zelensky said 45,000 Ukrainian soldiers had been killed and "around 370,000" wounded '
        "since the start of the war.",
        dict(value=370000, metric="wounded", subject=UA, source=UA),
    ),
    (
        "n-more-were-captured-after-n-died",
        "In three days of combat, 9 members of the ELN died and 4 more were captured, the army "
        "said.",
        dict(value=4, metric="captured", subject="ELN"),
    ),
    (
        "n-more-wounded-after-a-sentence-counting-the-dead",
        "The NIS said about 300 North Korean soldiers had died. It believes close to 1,100 more "
        "had been wounded.",
        dict(value=1100, metric="wounded", subject=NK),
    ),
    (
        "dead-of-its-own",
        "The SDF said it had killed 40 attackers. It acknowledged five dead of its own.",
        dict(value=5, metric="killed", subject="Syrian Democratic Forces"),
    ),
    (
        "of-those-n-are-dead",
        "North Korea sent 11,000 troops, Kyiv says. Of those, we believe at least 1,100 are dead.",
        dict(low=1100, metric="killed", subject=NK),
    ),
    (
        "an-estimated-n-more-deployed-after-a-first-count",
        "Ethiopia, which has about 3,000 troops serving under the AU mandate and an estimated "
        "5,000-7,000 more deployed under bilateral arrangements, insists they stay.",
        dict(low=5000, high=7000, subject="Ethiopia", metric="troops"),
    ),
    (
        "a-second-sender-with-n-more",
        "NATO reinforced its Kosovo force: Britain sent about 200 extra soldiers, and Romania "
        "deployed roughly 100 more.",
        dict(value=100, subject="Romania", metric="troops"),
    ),
    (
        "a-gapped-list-of-owners-and-numbers",
        "Germany has deployed 5,000 troops to Lithuania, France 2,000 and Italy 1,500.",
        dict(value=2000, subject="France", metric="troops"),
    ),
    (
        "the-last-of-a-gapped-list",
        "Germany has deployed 5,000 troops to Lithuania, France 2,000 and Italy 1,500.",
        dict(value=1500, subject="Italy", metric="troops"),
    ),
    (
        "a-loss-report-line-counts-personnel-after-its-label",
        "Ukraine's General Staff said Russia's losses since the invasion began were: personnel: "
        "about 1,004,000 (+1,090); tanks: 10,870 (+4).",
        dict(value=1004000, metric="casualties", subject=RU, source=UA),
    ),
    (
        "a-loss-report-of-the-enemy-counts-the-speakers-enemy",
        "Russian troops pressed on near Pokrovsk. \"The enemy's total combat losses to date are "
        'approximately: personnel — 998 760 (+1 210), artillery systems — 28 115 (+37)," '
        "Ukraine's General Staff wrote.",
        dict(value=998760, metric="casualties", subject=RU, source=UA),
    ),
]

# texts that must not yield any figure
NO_FIGURES = [
    (
        "a-football-crowd-as-a-strong-army",
        "For ninety minutes the 38,000-strong green army in the stands sang and whistled.",
    ),
    (
        "a-travelling-army-of-supporters",
        "A 7,000-strong travelling army of supporters filled the away end.",
    ),
    (
        "soldiers-buried-in-a-cemetery-are-graves",
        "More than 1,800 soldiers from nine countries are buried at the war cemetery.",
    ),
    (
        "a-claim-the-sentence-calls-false",
        "Reports that 5,000 Chinese troops had crossed into Ladakh were false, the army said.",
    ),
    ("a-sales-force-is-no-force", "The company has a sales force of 3,000 across Europe."),
    (
        "officers-arriving-for-a-parade-are-no-force",
        "About 500 officers arrived in the capital for Sunday's parade, organisers said.",
    ),
    (
        "police-officers-deployed-at-home-are-no-force",
        "Pyeongtaek police said they would deploy 600 officers to manage crowds on the day.",
    ),
    (
        "a-history-feature-goes-on-past-what-is-remembered",
        "On 2 March 1896 an Italian army of about 17,000 men marched on Adwa. The empress "
        "commanded a unit of her own and is remembered for cutting the enemy's water supply. "
        "By noon about 6,000 Italian soldiers lay dead and some 3,000 were taken prisoner.",
    ),
    (
        "a-war-that-killed-people-counts-no-force",
        "The war has killed 4,000 people and displaced a million more, the UN said.",
    ),
    (
        "a-second-sender-of-vehicles-sends-no-troops",
        "Belgium sent 250 armoured vehicles to Romania, and the Netherlands sent 120 more trucks.",
    ),
    (
        "a-label-without-losses-is-no-count",
        "Staffing at the new depot: personnel: 1,200; vehicles: 300; budget: $4 million.",
    ),
    (
        "a-force-asked-for-is-no-count",
        "Kyiv has asked European governments for a force of at least 150,000 to guarantee a truce.",
    ),
    (
        "an-age-limit-raised-counts-years",
        "The government has raised the upper age limit for reservists from 55 to 60.",
    ),
    (
        "a-claim-called-a-crude-fabrication",
        'The ministry called a widely shared claim that "about 15,000 soldiers" had gathered at '
        'the border "a crude fabrication".',
    ),
    (
        "hypothetical-troops-an-invasion-would-require",
        "Analysts said a landing on the island would require at least 80,000 troops.",
    ),
    (
        "people-who-fled-are-not-fighters",
        "Fighting between the army and rebel fighters has killed dozens, and more than 20,000 have "
        "fled their homes.",
    ),
    (
        "an-average-age-of-soldiers-counts-none",
        "The conscripts we get are older now; in my battalion the average age is 41.",
    ),
    (
        "hypothetical-troops-that-could-be-sent",
        "A Nordic-led force of up to 8,000 troops could be sent to the island after a truce.",
    ),
    (
        "hypothetical-troops-a-landing-could-require",
        "Planners reckon that a landing on the coast could require as many as 60,000 soldiers.",
    ),
    (
        "hypothetical-troops-a-government-could-bring-home",
        "Officials warned that Washington could eventually bring home up to 7,000 troops.",
    ),
    (
        "hypothetical-reservists-that-might-be-called-up",
        "As many as 40,000 reservists might be called up in a first wave, a newspaper said.",
    ),
    (
        "hypothetical-a-move-still-being-weighed",
        "The ministry is weighing moving about 1,200 soldiers from the capital to the north.",
    ),
    (
        "a-lone-soldier-is-a-person-not-a-force",
        "One soldier tried to escape as the patrol approached, the officer added.",
    ),
    (
        "two-men-questioned-are-people-not-a-force",
        "The footage shows the two soldiers being questioned by investigators.",
    ),
    (
        "the-north-of-a-text-about-no-korea",
        "Floods hit the North this week; the army said 300 homes had been destroyed.",
    ),
    (
        "strikes-against-two-groups-count-no-one",
        "The United States has carried out more than 30 airstrikes against al-Shabaab and Islamic "
        "State militants in Somalia.",
    ),
    ("fans-in-a-city-number", "Supporters in Madrid now number about 80,000, the club said."),
    (
        "a-companys-recruits-are-no-force",
        "The Tallinn-listed group told investors it had hired 900 sales staff across the Baltics "
        "this year, with another 300 recruits in training.",
    ),
    (
        "veterans-hired-by-a-firm-are-no-force",
        "The retailer has recruited 800 former armed forces personnel through a veterans' hiring "
        "scheme, many of them as shift managers.",
    ),
    (
        "the-number-of-a-nations-dead-in-a-disaster-is-not-a-force",
        "The foreign minister said the number of Britons dead or missing in the flood had "
        "reached 140.",
    ),
    (
        "a-number-of-casualties-being-verified-links-no-later-count",
        "He said the number of casualties was still being verified and that the army had lost "
        "control of 30 positions.",
    ),
    (
        "an-upper-age-is-not-a-count",
        "Eritrea has called up reservists as old as 60, diplomats say.",
    ),
    (
        "an-age-limit-is-not-a-count",
        "Eritrea has not commented but has recalled reservists under the age of 50, residents say.",
    ),
    (
        "an-inverted-condition-makes-a-call-up-hypothetical",
        "Were it to escalate, analysts say, Moscow could mobilise as many as 200,000 reservists.",
    ),
    (
        "reinforcements-that-could-in-theory-move-are-hypothetical",
        "Up to 30,000 allied troops could in theory reach the border within a week.",
    ),
    (
        "recruits-per-month-are-a-flow-not-a-force",
        "Russia is recruiting some 30,000 new contract soldiers a month, British intelligence "
        "said.",
    ),
    (
        "the-soviet-unions-war-is-history",
        "The Soviet Union lost about 15,000 soldiers in Afghanistan.",
    ),
    ("a-crowd-n-strong-is-not-a-force", "The crowd outside the stadium was 5,000 strong."),
    (
        "a-force-once-n-strong-is-history",
        "The Wagner contingent in Mali, once 1,500 strong, has been folded into a new corps.",
    ),
    ("a-threads-post-number", "4/ Both servicemen are unarmed engineers."),
    ("three-infantry-battalions-are-units", "Three infantry battalions and a coastal battery."),
    (
        "ranks-of-fans-swelling",
        "Organisers expect the ranks to swell to around 20,000 by kick-off, with pipe bands "
        "leading a march to the stadium.",
    ),
    (
        "a-strength-a-brigade-should-reach",
        "The brigade should reach its full strength of about 5,000 in 2028.",
    ),
    (
        "what-a-state-could-put-ashore",
        "Analysts like to say Beijing could put up to 200,000 troops ashore in the first week.",
    ),
    (
        "a-cut-officials-floated",
        "Officials have floated reducing the force by as many as 3,000 troops.",
    ),
    (
        "losses-on-the-eastern-front-of-long-ago",
        "Romanian military deaths on the Eastern Front are usually put at about 300,000.",
    ),
    (
        "the-bones-of-the-dead-of-long-ago",
        "The ossuary, which holds the bones of about 90,000 unidentified soldiers, will host a "
        "joint ceremony.",
    ),
    (
        "total-orders-after-an-army-are-no-troops",
        "The agency has ordered 30 more howitzers for the Dutch Army, bringing total orders to "
        "120.",
    ),
    (
        "police-for-a-summit-at-home",
        "About 4,000 police officers from across Norway will be deployed in Oslo next week for "
        "the summit, the police directorate said.",
    ),
    (
        "police-for-a-final-at-home",
        "Around 3,000 police will be deployed across Paris for the final, the interior ministry "
        "said.",
    ),
    (
        "a-strength-a-brigade-is-to-reach",
        "The division is to reach its full strength of about 9,000 soldiers by 2028, the "
        "ministry said.",
    ),
    (
        "a-force-officials-discussed-on-conditions",
        "German and Dutch officials have discussed a force of up to 20,000 troops, but only if a "
        "ceasefire holds.",
    ),
    (
        "a-when-clause-dated-by-since",
        "The town has shrunk since 1991, when Moscow withdrew some 40,000 troops from the region.",
    ),
    (
        "civilian-deaths-a-mission-puts-at",
        "Equipment is left out of the count, as are civilian deaths, which the UN mission puts "
        "at over 12,000.",
    ),
    (
        "a-strategy-game-on-consoles",
        "The sequel arrives on PlayStation next month. Its tutorial gives you 8,000 soldiers "
        "and three tank battalions to defend the coast.",
    ),
    (
        "rebels-in-a-parliament",
        "The government's majority was halved as 32 Labour rebels joined Tory MPs.",
    ),
    ("a-force-that-may-never-number", "Why Europe's reassurance force may never number 30,000."),
    (
        "an-if-sentence-imagining-a-force",
        "If Russia ever tested the Baltic states with, say, 50,000 troops, the forward forces "
        "would be outnumbered several times over.",
    ),
    (
        "a-post-by-an-anonymous-account",
        'An anonymous account with 80,000 followers wrote: "300,000 PLA troops are boarding '
        'ships in Xiamen."',
    ),
    (
        "a-battle-seventy-years-ago",
        "Seventy years ago this month, about 90,000 French troops were encircled at the fortress.",
    ),
    (
        "a-clause-a-past-year-dates",
        "LONDON, 12 May 2025 - The regiment last went abroad in such strength in 2011, when 700 of "
        "its soldiers deployed to Kabul.",
    ),
    ("arrested-suspects", "Police arrested 150 suspects after the riot, the ministry said."),
    (
        "rescued-kidnapped-persons",
        "Soldiers rescued 60 kidnapped persons from the camp, the army said.",
    ),
    (
        "an-increment-that-could-come",
        "At that rate, Moscow could add another 300,000 troops next year.",
    ),
    ("a-strength-to-grow-to", "The battalion is meant to grow to nearly 3,000 soldiers by 2028."),
    (
        "troops-that-will-eventually-serve",
        "Spain has promised that up to 1,800 of its troops will eventually serve in Slovakia.",
    ),
    (
        "a-mandates-ceiling",
        "The council authorised a new force with a ceiling of 2,500 personnel.",
    ),
    (
        "a-strategy-game-review",
        "Review: the late-game battles are the best part. A single battle can involve 60,000 "
        "troops on your side, and the casualty screen listed 3,000 killed before I could reload.",
    ),
    ("a-share-per-base", "The treaty caps foreign instructors at 30 per base."),
    (
        "a-share-per-company",
        "Rotations are limited to 250 soldiers per company under the agreement.",
    ),
    (
        "elements-of-a-design",
        "The company said 300 elements of the bridge design were changed after the review.",
    ),
    (
        "a-storms-toll-in-participles",
        "The storm's toll rose to 40 killed and 300 injured, Japan's disaster agency said.",
    ),
    (
        "anybodys-wounded-after-a-toll",
        "The health ministry's toll: 31 people were killed and 67 wounded in the strikes.",
    ),
    (
        "clay-soldiers",
        "The exhibition shows some 1,200 clay soldiers from the emperor's tomb.",
    ),
    (
        "toy-soldiers",
        "The collector owns about 40,000 toy soldiers, the largest such set in Europe.",
    ),
    (
        "salvation-army-officers",
        "The Salvation Army said its 450 officers served 9,000 meals at Christmas.",
    ),
    (
        "a-recruitment-target",
        "The budget sets a target of 15,000 new reservists over five years.",
    ),
    (
        "funds-the-recruitment-of",
        "The new law funds the recruitment of 6,000 soldiers by the end of the decade.",
    ),
    (
        "what-the-navy-wants",
        "The navy wants 3,000 more sailors to crew its new frigates.",
    ),
    (
        "what-historians-estimate",
        "Some 6,000 Canadian soldiers were killed in the campaign, historians estimate.",
    ),
    (
        "of-the-forces-possessive",
        "Nine of the peacekeepers' football team were born in Nepal.",
    ),
    (
        "a-past-peak",
        "At its peak the French mission in the Sahel numbered some 5,100 soldiers.",
    ),
    (
        "at-the-height-of",
        "At the height of the offensive, Ethiopia kept about 20,000 troops in Tigray.",
    ),
    (
        "a-target-strength-to-be-reached",
        "The new brigade's target strength of some 5,000 soldiers is to be reached by 2028.",
    ),
    (
        "what-a-treaty-allows-for",
        "The access agreement allows for up to 3,000 Marines to train in the north.",
    ),
    (
        "what-a-pact-will-allow",
        "The pact will allow up to 8,000 Tongan citizens to enlist in the New Zealand army.",
    ),
    (
        "people-who-signed-a-phone-contract",
        "About 40,000 people signed contracts with the new mobile operator in its first month.",
    ),
    (
        "the-size-of-each-infiltrating-group",
        "Russian units keep probing the town in small groups of three to five soldiers, the "
        "Ukrainian army said.",
    ),
    (
        "police-recruited-at-home",
        "The city will hire 300 more police officers and 80 paramedics next year.",
    ),
    (
        "an-army-of-supporters",
        "Some 5,000 fans travelled north, an army of 5,000 singing supporters in green.",
    ),
    (
        "an-army-of-volunteers",
        "The campaign relied on an army of about 12,000 volunteers to knock on doors.",
    ),
    (
        "a-strategy-games-review-with-plural-fiction-words",
        "Most strategy games flatter you. Here the player commands a garrison of 9,000 soldiers "
        "and two armoured divisions.",
    ),
    (
        "a-year-long-before-the-articles-present",
        "When Ethiopian troops first crossed into Somalia in December 2006, there were 4,000 of "
        "them. The mission's mandate was renewed in 2025.",
    ),
    (
        "a-correction-notice-retracts-its-figure",
        "Border clashes\n\nCORRECTION: An earlier version of this article said 14 soldiers "
        "had been killed.\n",
    ),
    (
        "a-subset-among-them",
        "Ukrainian troops took prisoners, among them three citizens of Nepal, near Vovchansk.",
    ),
    (
        "troop-contributing-countries-are-countries",
        "The mission draws its contingents from 37 troop-contributing countries.",
    ),
    (
        "an-authorised-size-is-not-a-presence",
        "The new regional force is authorised at up to 6,000 uniformed personnel.",
    ),
    (
        "floated-idea",
        "Some advisers have floated the idea of withdrawing as many as 8,000 troops from Italy.",
    ),
    (
        "proposed-force-long-clause",
        "A leaner mission of perhaps 3,000 troops, focused on training and air policing, would "
        "be easier to fund.",
    ),
    ("could-mass", "Belarus could mass as many as 30,000 troops on the border within weeks."),
    ("recruitment-rate", "The army keeps recruiting at a rate of roughly 25,000 men per month."),
    (
        "authorised-strength",
        "The council approved an authorised strength of 4,000 uniformed personnel for the force.",
    ),
    ("proposed-force", "A smaller force of perhaps 6,000 troops would be easier to assemble."),
    (
        "history-share-of-them",
        "The siege began in 1942. More than 300,000 Soviet troops eventually took part. About "
        "40,000 of them were killed, while German losses are estimated at up to 90,000.",
    ),
    ("history-in-own-clause", "In 1950, some 300,000 Chinese troops are said to have crossed."),
    ("history-died", "Some 300,000 soldiers died, most of them in the Korean War."),
    ("year", "In 2022, Russia's army began a new offensive in the east."),
    ("year-in-clause", "The brigade was formed in 2015 and fought near Bakhmut."),
    ("age", "The soldier, 23, was buried in his home village near Lviv."),
    ("age-years-old", "A 19-year-old conscript from Pskov deserted his unit."),
    ("money", "The Pentagon announced $500 million in military aid for Ukraine."),
    ("money-euro", "Germany pledged €1.4 billion for troops' equipment next year."),
    ("percentage", "Troop morale fell by 30 percent, a survey of soldiers found."),
    ("percent-sign", "Some 45% of soldiers said they want to leave the army."),
    ("distance", "Russian troops advanced 12 kilometres toward the city."),
    ("distance-miles", "The soldiers moved 20 miles north of the border overnight."),
    ("tanks", "Ukraine's army said it destroyed 40 Russian tanks near Avdiivka."),
    ("drones", "Russia launched 120 drones at Kyiv overnight, the air force said."),
    ("shells", "The army fires 10,000 shells a day, a Ukrainian commander said."),
    ("carriers", "Kyiv said 300 armoured personnel carriers were lost."),
    ("civilians", "At least 40 civilians were killed in the strike, officials said."),
    ("refugees", "About 300,000 refugees crossed into Poland, the UN said."),
    ("people-killed", "The earthquake killed 2,000 people, the army said."),
    ("children", "Some 500 children were evacuated by soldiers from the town."),
    ("denied", "Pyongyang denied sending any of its 10,000 troops to Russia."),
    ("denied-deploying", "Moscow denied deploying 5,000 soldiers near the border."),
    ("not-sent", "Seoul has not sent 1,000 troops to Ukraine, the ministry said."),
    ("never", "Israel has never deployed 50,000 soldiers to the north, the army said."),
    ("no-troops", "Iran said it has no troops in Yemen, not even 100 advisers."),
    ("hypothetical-if", "Moscow could send up to 100,000 soldiers if the talks fail."),
    ("hypothetical-threat", "Pyongyang threatened to send 20,000 troops to the front."),
    ("capability", "Poland is capable of mobilising 200,000 reservists within a week."),
    ("historical-year", "In 1950, 300,000 Chinese soldiers crossed into Korea."),
    ("historical-war", "About 160,000 Allied troops landed on D-Day in Normandy."),
    ("historical-ww2", "More than 400,000 American soldiers died in World War II."),
    ("historical-decade", "In the 1980s, 100,000 Soviet troops were in Afghanistan."),
    ("generic", "A brigade typically has 3,000 to 5,000 soldiers."),
    ("dismissed", "Moscow dismissed reports that 10,000 Russian soldiers had crossed the border."),
    (
        "no-evidence",
        "There is no evidence that 5,000 Iranian troops are in Syria, the Pentagon said.",
    ),
    ("ready-should", "Berlin would be ready to send 5,000 troops should a ceasefire be agreed."),
    ("could-mobilise", "The Kremlin has said it could mobilise as many as 1 million reservists."),
    ("wants-target", "Poland wants to expand its army to 300,000 soldiers by 2035."),
    ("plan-calls-for", "The plan calls for 5,000 European troops to be stationed in Ukraine."),
    ("budget", "The defence budget rose to 70 billion euros, the EU said."),
    ("jobs", "The new artillery plant will create 500 jobs, the company said."),
    ("votes", "The resolution passed by 115 votes to 3 in the General Assembly."),
    ("date", "The troops left on 24 February, the ministry said."),
    ("forces-small", "The two forces have fought for control of the capital."),
    ("veterans", "Several hundred veterans of the 1944 landings gathered in France."),
    ("no-force-noun", "Russia reported 300 new cases of the disease in Moscow."),
    ("sport", "The army team won 3 to 1 against the navy."),
    # civilians and disaster tolls are not force figures, even in a war
    (
        "civilians-killed-and-wounded",
        "A drone strike on the market killed 35 people and wounded 90, the health ministry said.",
    ),
    (
        "group-run-ministry-people",
        "The Houthi-run health ministry said 40 people, among them six "
        "children, were killed in the raids.",
    ),
    (
        "group-run-ministry-strike",
        "The Houthi-run health ministry said a strike on the port killed "
        "60 people and wounded 150.",
    ),
    (
        "war-toll-people",
        "Gaza's health ministry says more than 40,000 people have been killed in the war.",
    ),
    ("war-killed-people", "Sudan's war has killed 150,000 people, a U.S. envoy said."),
    # war games, projections and false claims are not figures
    ("war-game", "In a war game run by a think tank, Russia lost 60,000 troops in a month."),
    ("simulation", "The simulation found that China could land up to 200,000 soldiers in a week."),
    ("scenario", "Under the worst-case scenario, NATO would lose 10,000 troops in the first days."),
    (
        "would-suffer",
        "Taiwan would suffer some 3,500 casualties in the first month, the authors estimated.",
    ),
    ("will-lose", "Russia will lose 500 soldiers a day in the spring, the analyst predicted."),
    ("viral-video", "A viral video claims 30,000 French soldiers are fighting in Ukraine."),
    (
        "social-media",
        "Posts shared widely on social media claim that 10,000 U.S. troops landed in Gaza.",
    ),
    (
        "could-be-sent-if",
        "Up to 8,000 German troops could be sent to Lithuania if the alliance agrees.",
    ),
    (
        "plans-for-would",
        "London has drawn up plans for a force in which Britain would provide 10,000 soldiers.",
    ),
    (
        "discussing-force",
        "Paris and London are discussing a force of up to 25,000 troops that "
        "could be deployed after a truce.",
    ),
    (
        "historical-previous-sentence",
        "The battle began in December 1944 and lasted six weeks. "
        "Some 600,000 American soldiers eventually took part in it.",
    ),
    (
        "war-game-previous-sentence",
        "A think tank ran a war game of an invasion of Taiwan 24 times. "
        "In most runs, China landed 250,000 troops on the island.",
    ),
    ("force-of-tanks", "The army has a brigade of 60 Leopard tanks near the border."),
    ("group-of-people", "A group of 300, mostly students, marched against the war in Tbilisi."),
    (
        "prices-could-be-as-high",
        "Prices could be as high as 4,000 euros a tonne, traders said.",
    ),
    (
        "number-of-other-things",
        "New visa rules for foreign nationals come into force today. "
        "The ministry aims to cut the number of sham marriages, estimated at up to 15,000 a year.",
    ),
    ("unit-sales-totalled", "Quarterly unit sales totalled 1,200,000, a drop of 90,000 units."),
    (
        "civilians-coordinated-bare",
        "Fighting went on near the border. Four people died and 40 were "
        "injured in the blast, the police said.",
    ),
    ("britons-dead", "The number of Britons dead or missing in the disaster has reached 440."),
    ("union-lost-members", "The union lost 2,000 members last year."),
    ("firm-lost-people", "The firm lost 500 people to rivals last year."),
    ("company-says-it-has", "Sales are far below the 3,000 the company says it has on order."),
    ("ministry-says-it-has", "Output is far below the 3,000 the ministry says it has in stock."),
    ("general-news", "Quarterly profits at the media giant jumped 76% to $1.13bn."),
    (
        "could-pull-out",
        "US media report that the Pentagon could pull as many as 15,000 troops out of Germany.",
    ),
    (
        "weighing-a-plan",
        "The Pentagon is weighing a plan to withdraw about 3,000 troops from Japan, papers say.",
    ),
    (
        "target-strength-after",
        "Only a fraction of the 5,000 soldiers the new division is supposed to have by 2028 have "
        "arrived.",
    ),
    (
        "strategy-game",
        "In the strategy game's campaign map, each legion of 5,000 soldiers costs 900 gold per "
        "turn.",
    ),
    (
        "stealth-fighters-are-aircraft",
        "Tokyo's budget request covers 16 more F-35B stealth fighters and two new frigates.",
    ),
    ("fighter-designation", "Egypt has ordered 30 Su-35 fighters from Russia, the report said."),
    (
        "infantry-fighting-vehicles",
        "Athens will receive 40 Marder infantry fighting vehicles from Berlin this year.",
    ),
    (
        "one-of-the-soldiers",
        "One of the captured soldiers carried a Russian passport, Kyiv's security service said.",
    ),
    (
        "police-hurt-by-protesters",
        "Authorities said 86 police officers were injured by protesters hurling stones in Paris.",
    ),
]

# (id, text, event type, expected fields of one event of that type)
EVENTS = [
    (
        "an-unowned-spokeswoman-after-a-body-offered-a-count",
        "The Pentagon offered a slightly lower count on Monday. About 10,000 North Korean "
        "soldiers are in eastern Russia, a spokeswoman said.",
        "intelligence_estimate",
        dict(actor=US, target=NK, value=10000),
    ),
    (
        "aid-received-from-two-givers-each-gives",
        "Sudan's army has received drones from Iran and Turkey.",
        "military_aid",
        dict(actor="Turkey", target="Sudan"),
    ),
    (
        "aid-funding-for-another-states-army",
        "The United States and Qatar are considering new funding for the Lebanese army.",
        "military_aid",
        dict(actor="Qatar", target="Lebanon"),
    ),
    (
        "its-directorate-is-the-state-the-sentence-before-named",
        "Ukraine offered a much higher count. Its military intelligence directorate said that "
        "North Korean units had suffered some 3,000 casualties in assaults on Ukrainian "
        "positions.",
        "intelligence_estimate",
        dict(actor=UA, target=NK, value=3000),
    ),
    (
        "myanmars-shadow-government-speaks-for-itself",
        "The National Unity Government said its forces had killed at least 500 junta soldiers "
        "in Sagaing.",
        "intelligence_estimate",
        dict(actor="National Unity Government", low=500),
    ),
    (
        "by-a-new-names-count-the-name-is-the-claimant",
        "By Railwatch's count, trains carried an estimated 5,000 to 7,000 Russian personnel "
        "into Belarus last month.",
        "intelligence_estimate",
        dict(actor="Railwatch", target=RU, low=5000, high=7000),
    ),
    (
        "a-body-named-in-another-language-with-its-abbreviation",
        "The Observatorio Andino de Conflicto (OAC), a Bogotá-based research centre, estimates "
        "that the ELN has about 6,000 members.",
        "intelligence_estimate",
        dict(actor="Observatorio Andino de Conflicto", target="ELN", value=6000),
    ),
    (
        "a-long-name-listing-its-aims-with-its-letters-speaks-through-an-apposition",
        "The Southern Front for Justice, Dignity and Freedom (SFJDF), an alliance of armed "
        "movements, said in a statement that its fighters had killed 40 Sudanese soldiers.",
        "intelligence_estimate",
        dict(actor="Southern Front for Justice, Dignity and Freedom", target="Sudan", value=40),
    ),
    (
        "a-known-group-in-brackets-after-an-unknown-name-speaks",
        "The Permanent Strategic Framework (CSP-PSD), a coalition of rebel movements, said that "
        "it had killed 30 Malian soldiers near Tinzaouaten.",
        "intelligence_estimate",
        dict(actor="CSP-PSD", target="Mali", value=30),
    ),
    (
        "by-her-groups-count-is-the-group-she-was-introduced-with",
        "Ruth Okafor, a senior fellow at the Lakeside Policy Forum, spoke next. By her group's "
        "count, between 2,000 and 3,000 Wagner fighters remain in Libya.",
        "intelligence_estimate",
        dict(actor="Lakeside Policy Forum", target="Wagner Group", low=2000, high=3000),
    ),
    (
        "a-count-by-a-project-is-the-projects-even-with-a-list-in-between",
        "An independent count by the Donbas Casualty Project, which checks obituaries, court "
        "records and funeral notices, has identified by name 4,100 Russian soldiers killed.",
        "intelligence_estimate",
        dict(actor="Donbas Casualty Project", target=RU, value=4100),
    ),
    (
        "a-count-by-an-unknown-name-makes-it-a-counting-body",
        "A count by Steppewatch puts Russian losses in May at 1,300 soldiers killed.",
        "intelligence_estimate",
        dict(actor="Steppewatch", target=RU, value=1300),
    ),
    (
        "an-outlet-that-saw-a-report-in-an-opening-phrase-is-not-the-speaker",
        "The UN Group of Experts on Libya finished its report in May. In a confidential annex "
        "seen by the Harbour Ledger, the panel says about 1,500 Wagner fighters remain in Libya.",
        "intelligence_estimate",
        dict(actor="United Nations", target="Wagner Group", value=1500),
    ),
    (
        "warning-a-state-to-stop-is-a-request",
        "Moscow's foreign ministry warned Chisinau to stop what it called provocations.",
        "diplomatic_request",
        dict(actor=RU, target="Moldova"),
    ),
    (
        "warning-a-state-not-to-act-is-a-request",
        "Somalia has warned Ethiopia not to sign the port deal with Somaliland.",
        "diplomatic_request",
        dict(actor="Somalia", target="Ethiopia"),
    ),
    (
        "a-body-whose-name-lists-words-with-commas-and-an-ampersand",
        "Militants have killed at least 300 Nigerien soldiers this year, according to the "
        "Attacks, Sites & Casualties Register, a monitoring project.",
        "intelligence_estimate",
        dict(actor="Attacks, Sites & Casualties Register", target="Niger", low=300),
    ),
    (
        "its-analysts-speak-for-the-body-just-named",
        "The Andes Security & Governance Institute tracks the ELN. Its analysts now count "
        "about 6,000 ELN fighters.",
        "intelligence_estimate",
        dict(actor="Andes Security & Governance Institute", target="ELN", value=6000),
    ),
    (
        "a-kind-of-body-then-its-name-in-capitals-is-learned-for-it-later",
        "Another count is kept by the volunteer project Graves of the Steppe. By May it had "
        "identified 41,200 Russian soldiers killed.",
        "intelligence_estimate",
        dict(actor="Graves of the Steppe", target=RU, value=41200),
    ),
    (
        "the-spokesman-is-the-spokesman-introduced-before-another-state-spoke",
        "A Kenyan military spokesman said the force in Somalia now numbers about 3,000. "
        "Somalia's government said the same day that it wants more. The spokesman said 40 "
        "al-Shabaab fighters had been killed since March.",
        "intelligence_estimate",
        dict(actor="Kenya", target="al-Shabaab", value=40),
    ),
    (
        "what-assessments-put-at-a-number-is-counted-not-a-speaker",
        "A Ukrainian commander, speaking on condition of anonymity, said intelligence "
        "assessments put the number of Russian troops near Pokrovsk at about 110,000.",
        "intelligence_estimate",
        dict(actor="Ukraine", target=RU, value=110000),
    ),
    (
        "police-intelligence-speaks-for-the-state",
        "QUITO - Police intelligence estimates that Los Lobos has about 8,000 members.",
        "intelligence_estimate",
        dict(actor="Ecuador", target="Los Lobos", value=8000),
    ),
    (
        "the-agency-is-the-agency-just-named-in-the-sentence",
        "North Korea denies sending troops. South Korean lawmakers briefed by the National "
        "Intelligence Service said the agency believed more than 12,000 North Korean soldiers "
        "were in Russia.",
        "intelligence_estimate",
        dict(actor="South Korea", target="North Korea", low=12000),
    ),
    (
        "an-offer-to-send-troops-is-an-announced-deployment",
        "Kenya has offered to send troops to the new mission in Haiti.",
        "deployment",
        dict(actor="Kenya", location="Haiti", hedged=True),
    ),
    (
        "ready-to-send-troops-is-an-announced-deployment",
        "Britain is ready to send troops to Ukraine as part of a reassurance force.",
        "deployment",
        dict(actor="United Kingdom", location="Ukraine"),
    ),
    (
        "the-government-in-a-capital-asks-for-its-state",
        "In Iraq, the government in Baghdad has asked Washington to wind down the mission.",
        "diplomatic_request",
        dict(actor="Iraq", target=US),
    ),
    (
        "it-after-a-body-opened-the-sentence-before-asks-for-the-body",
        "The GCC ministerial council met in Riyadh on Monday. It urged Iran to refrain from "
        "threatening shipping.",
        "diplomatic_request",
        dict(actor="Gulf Cooperation Council", target="Iran"),
    ),
    (
        "the-ministry-of-external-affairs-is-indias",
        "The Ministry of External Affairs has urged Islamabad to act against the camps.",
        "diplomatic_request",
        dict(actor="India", target="Pakistan"),
    ),
    (
        "pressing-both-sides-asks-each-side-named-before",
        "Armenia and Azerbaijan exchanged fire overnight. Moscow pressed both sides to stop "
        "shooting.",
        "diplomatic_request",
        dict(actor=RU, target="Azerbaijan"),
    ),
    (
        "analysts-at-a-body-described-by-an-apposition-speak-for-the-body",
        "Analysts at the Centre for Lakes Security Studies, a Kampala think tank, estimate "
        "that the ADF has 1,500 to 2,000 fighters.",
        "intelligence_estimate",
        dict(actor="Centre for Lakes Security Studies", low=1500, high=2000),
    ),
    (
        "the-last-word-of-a-bodys-name-stands-for-the-body",
        "The tally kept by the Sahel Casualty Ledger, a project based in Niamey, is lower. By "
        "the Ledger's count, at least 120 Nigerien soldiers were killed in the quarter.",
        "intelligence_estimate",
        dict(actor="Sahel Casualty Ledger", target="Niger", low=120),
    ),
    (
        "a-brigade-somewhere-that-counts-soldiers-has-them-and-the-later-speaker-claims",
        "The Dutch battalion in Lithuania now counts about 600 soldiers, Lithuania's defence "
        "ministry said.",
        "intelligence_estimate",
        dict(actor="Lithuania", target="Netherlands", value=600),
    ),
    (
        "lithuanias-vsd-speaks-for-lithuania",
        "The VSD estimated that no more than 10,000 Russian troops were in Belarus.",
        "intelligence_estimate",
        dict(actor="Lithuania", target=RU, high=10000),
    ),
    (
        "troops-that-move-into-a-place-themselves-deploy",
        "Israeli troops have already moved into the Jabalia neighborhood of Gaza City.",
        "deployment",
        dict(actor="Israel"),
    ),
    (
        "a-new-subject-after-and-asks-on-its-own",
        "Brazil called on both sides to talk, and the Caribbean Community appealed to Venezuela "
        "to refrain from force.",
        "diplomatic_request",
        dict(actor="CARICOM", target="Venezuela"),
    ),
    (
        "both-governments-are-the-two-the-article-is-about",
        "Ethiopia and Eritrea have massed troops on the border. The African Union has urged both "
        "governments to exercise restraint.",
        "diplomatic_request",
        dict(actor="African Union", target="Eritrea"),
    ),
    (
        "sought-a-capitals-help-asks-it",
        "Guyana's president said his government had sought Washington's help in strengthening "
        "its defences.",
        "diplomatic_request",
        dict(actor="Guyana", target=US),
    ),
    (
        "called-on-all-member-states",
        "France's delegate called on all Member States to enforce the sanctions regime against "
        "the DPRK.",
        "diplomatic_request",
        dict(actor="France"),
    ),
    (
        "two-states-that-say-they-will-send-soldiers-each-deploy",
        "Guatemala and El Salvador have also said they will send soldiers to Haiti.",
        "deployment",
        dict(actor="El Salvador", location="Haiti"),
    ),
    (
        "aid-money-for-another-states-police",
        "Canada approved a further C$60 million for the Haitian police, part of which will buy "
        "armoured vehicles.",
        "military_aid",
        dict(actor="Canada", target="Haiti"),
    ),
    (
        "aid-model-fighters-are-aircraft",
        "Slovakia sent its MiG-29 fighters to Ukraine.",
        "military_aid",
        dict(actor="Slovakia", target=UA),
    ),
    (
        "aid-gripen-fighters-are-aircraft",
        "Sweden will donate Gripen fighters to Ukraine.",
        "military_aid",
        dict(actor="Sweden", target=UA),
    ),
    (
        "aid-salary-support-for-an-army",
        "Qatar has pledged fuel and salary support for the Lebanese army.",
        "military_aid",
        dict(actor="Qatar", target="Lebanon"),
    ),
    (
        "implored-the-international-community",
        "Haiti has implored the international community to move faster.",
        "diplomatic_request",
        dict(actor="Haiti"),
    ),
    (
        "it-in-a-reported-clause-is-the-reporter-who-asks",
        "The White House said on Friday that it was watching Serbian tanks near the boundary, "
        "and called on Belgrade to pull them back.",
        "diplomatic_request",
        dict(actor=US, target="Serbia"),
    ),
    (
        "an-investigation-by-a-weekly-is-the-weeklys-estimate",
        "An investigation by the Bogota weekly Cronica Sur estimated that some 250 Colombian "
        "ex-soldiers are fighting alongside the RSF in Darfur.",
        "intelligence_estimate",
        dict(actor="Cronica Sur", value=250),
    ),
    (
        "adf-in-an-australian-story-is-the-australian-defence-force",
        "Australia has about 250 ADF personnel in Papua New Guinea, according to Defence.",
        "deployment",
        dict(actor="Australia", location="Papua New Guinea", value=250),
    ),
    (
        "a-relative-clause-speaker-counts-the-antecedents-forces",
        "The Rwanda-backed M23, whose ranks the Congolese army puts at some 6,500 fighters, "
        "holds Goma.",
        "intelligence_estimate",
        dict(actor="Democratic Republic of the Congo", target="M23", value=6500),
    ),
    (
        "which-the-military-puts-at-is-the-antecedents-strength",
        "The North's artillery corps, which the South Korean military puts at roughly 90,000 "
        "troops, remains on alert.",
        "intelligence_estimate",
        dict(actor=SK, value=90000),
    ),
    (
        "strength-estimated-by-the-agent-is-the-possessors",
        "Al-Shabaab's strength is estimated by the AU at between 7,000 and 12,000 fighters.",
        "intelligence_estimate",
        dict(actor="African Union", target="al-Shabaab", low=7000, high=12000),
    ),
    (
        "a-speakers-army-in-a-nested-report-is-the-speakers",
        "The Lebanese army said it had 5,000 soldiers south of the Litani. Israel's chief of staff "
        "has said the army estimates that some 2,800 Hezbollah fighters were killed.",
        "intelligence_estimate",
        dict(actor="Israel", target="Hezbollah", value=2800),
    ),
    (
        "the-islamic-resistance-is-hezbollah",
        "The Islamic Resistance in Lebanon said its fighters had killed 12 Israeli soldiers.",
        "intelligence_estimate",
        dict(actor="Hezbollah", target="Israel", value=12),
    ),
    (
        "whom-the-asker-spoke-with-is-asked",
        "The U.S. Secretary of State spoke by phone with Rwandan President Paul Kagame and urged an "
        "immediate ceasefire.",
        "diplomatic_request",
        dict(actor=US, target="Rwanda"),
    ),
    (
        "whom-the-asker-met-is-asked",
        "Blinken met his Turkish counterpart in Ankara and urged restraint.",
        "diplomatic_request",
        dict(actor=US, target="Turkey"),
    ),
    (
        "unnamed-officials-of-the-state-in-context-ask",
        "Tokyo protested to Beijing on Friday. Defence ministry officials have also urged China "
        "to stop its ships entering Japanese waters.",
        "diplomatic_request",
        dict(actor="Japan", target="China"),
    ),
    (
        "a-homonym-reads-as-the-country-the-article-is-about",
        "Tokyo said the drills would be the largest yet. About 1,500 SDF personnel have been "
        "sent to northern Australia, the Japanese defence ministry said.",
        "deployment",
        dict(actor="Japan", location="Australia", value=1500),
    ),
    (
        "a-homonym-keeps-its-usual-reading-elsewhere",
        "Turkey has massed 3,000 troops near Kobani, the SDF said.",
        "intelligence_estimate",
        dict(actor="Syrian Democratic Forces", target="Turkey", value=3000),
    ),
    (
        "a-ministers-name-shared-by-two-countries-reads-by-the-story",
        "Defence minister Pedro Sánchez said the ELN now has about 6,000 fighters in Colombia's "
        "Catatumbo region.",
        "intelligence_estimate",
        dict(actor="Colombia", target="ELN", value=6000),
    ),
    (
        "an-abbreviation-the-article-defines-beats-the-gazetteers",
        "Japan's Self-Defense Forces (SDF) opened the drills on Monday. From the SDF, about 2,000 "
        "personnel are taking part in Australia.",
        "deployment",
        dict(actor="Japan", location="Australia", value=2000),
    ),
    (
        "a-monitors-count-of-an-unnamed-force-is-an-estimate",
        "The Kivu Conflict Tracker, a research group in Goma, estimates that the militia has "
        "some 2,500 fighters around the mines.",
        "intelligence_estimate",
        dict(actor="Kivu Conflict Tracker", value=2500),
    ),
    (
        "a-think-tank-credits-an-army-with-its-strength",
        "Bangkok's Salween Policy Centre credits the army with fewer than 120,000 personnel.",
        "intelligence_estimate",
        dict(actor="Salween Policy Centre", high=120000),
    ),
    (
        "aid-no-longer-ruling-out-weapons-is-weighing-them",
        "Seoul said it no longer ruled out supplying weapons directly to Ukraine.",
        "military_aid",
        dict(actor="South Korea", target=UA),
    ),
    (
        "aid-handed-ships-to-a-navy",
        "Britain handed two minehunters to Ukraine's navy in 2023.",
        "military_aid",
        dict(actor="United Kingdom", target=UA),
    ),
    (
        "aid-received-equipment-named-by-its-makers-demonym",
        "Pyongyang has received Russian air-defence equipment and electronic-warfare systems.",
        "military_aid",
        dict(actor=RU, target=NK),
    ),
    (
        "aid-non-lethal-equipment",
        "Japan has provided non-lethal equipment such as bulletproof vests and helmets to Ukraine.",
        "military_aid",
        dict(actor="Japan", target=UA),
    ),
    (
        "request-the-north-in-a-story-about-north-korea",
        "North Korea tested a missile on Monday. Seoul urged the North to stop its provocations.",
        "diplomatic_request",
        dict(actor="South Korea", target=NK),
    ),
    (
        "request-telling-a-state-named-with-its-the",
        "Beijing responded by telling the Philippines to stop provocations near the shoal.",
        "diplomatic_request",
        dict(actor="China", target="Philippines"),
    ),
    (
        "request-an-aside-between-the-asked-and-the-ask",
        "Islamabad has asked Kabul, again and again, to stop militants using Afghan soil.",
        "diplomatic_request",
        dict(actor="Pakistan", target="Afghanistan"),
    ),
    (
        "request-his-government-asks-in-a-second-clause",
        "President Gustavo Petro called on the veterans to come home, and his government has "
        "asked the United Arab Emirates to help stop the recruitment.",
        "diplomatic_request",
        dict(actor="Colombia", target="United Arab Emirates"),
    ),
    (
        "request-the-alliance-in-an-article-about-nato",
        "NATO defence ministers met in Brussels. Poland asked the alliance to station more air "
        "defence units on its territory.",
        "diplomatic_request",
        dict(actor="Poland", target="NATO"),
    ),
    (
        "estimate-forces-across-the-border-from-a-country-are-not-its",
        "Russian ground forces across the border from Norway are down to some 3,000 troops, "
        "Norwegian military intelligence said.",
        "intelligence_estimate",
        dict(actor="Norway", target=RU, value=3000),
    ),
    (
        "estimate-the-enemy-of-a-ministry-is-the-other-side",
        "Russia's defence ministry reported heavy fighting near Kupiansk with Ukrainian units. "
        "The enemy lost up to 210 servicemen there, the ministry said.",
        "intelligence_estimate",
        dict(actor=RU, target=UA, high=210),
    ),
    (
        "aid-authorised-for-a-state",
        "Washington authorised a further $300 million in military assistance for Taiwan.",
        "military_aid",
        dict(target="Taiwan"),
    ),
    (
        "estimate-of-the-group-just-named-not-of-its-estimator",
        "Al-Shabaab fighters stormed a base near Baidoa. UN sanctions monitors estimate the group "
        "has 8,000 to 11,000 fighters.",
        "intelligence_estimate",
        dict(actor="United Nations", target="al-Shabaab", low=8000, high=11000),
    ),
    (
        "estimate-the-rebels-field",
        "The M23 took Bukavu in February. Kinshasa says the rebels now field at least 9,000 "
        "fighters.",
        "intelligence_estimate",
        dict(target="M23", low=9000),
    ),
    (
        "aid-supplying-the-group-just-named",
        "Al-Shabaab fighters attacked a base near Kismayo. Western officials say Eritrea keeps "
        "supplying the group with rifles and mortar rounds.",
        "military_aid",
        dict(actor="Eritrea", target="al-Shabaab"),
    ),
    (
        "aid-a-source-cited-with-according-to-is-not-the-giver",
        "According to the UN panel, Iran still supplies the Houthis with drone engines.",
        "military_aid",
        dict(actor="Iran", target="Houthis"),
    ),
    (
        "aid-a-package-of-weapons",
        "Denmark announced a package of artillery shells and air defence missiles for Ukraine.",
        "military_aid",
        dict(actor="Denmark"),
    ),
    (
        "request-a-second-party-called-on-after-and-on-the",
        "The African Union called on Kinshasa to open talks and on the M23 to lay down its arms.",
        "diplomatic_request",
        dict(actor="African Union", target="M23"),
    ),
    (
        "a-size-forecast-with-could-stays-a-hedged-figure",
        "The number of Chadian troops in the mission could reach 3,000 by June, officials said.",
        "deployment",
        dict(actor="Chad", value=3000, hedged=True),
    ),
    (
        "deployment-building-up-naval-forces",
        "Washington has been building up naval forces off the coast of Venezuela.",
        "deployment",
        dict(actor=US),
    ),
    (
        "deployment-forces-pulling-back",
        "Azerbaijani units pulled back from two villages near the border overnight.",
        "deployment",
        dict(actor="Azerbaijan"),
    ),
    (
        "deployment-soldiers-landed-in-a-city",
        "A first group of 300 Kenyan police officers landed in Port-au-Prince on Tuesday.",
        "deployment",
        dict(actor="Kenya", location="Haiti"),
    ),
    (
        "deployment-occupying-parts-of-a-region",
        "Eritrean troops are still occupying parts of northeastern Tigray, aid workers say.",
        "deployment",
        dict(actor="Eritrea", location="Ethiopia (Tigray)"),
    ),
    (
        "deployment-a-detachment-in-a-country",
        "Guatemala has sent a detachment of military police to Haiti.",
        "deployment",
        dict(actor="Guatemala", location="Haiti"),
    ),
    (
        "deployment-russias-africa-corps-is-russias-own-force",
        "The Africa Corps has flown another 200 instructors into Burkina Faso, a security source "
        "said.",
        "deployment",
        dict(actor=RU, location="Burkina Faso"),
    ),
    (
        "deployment-in-a-neighbouring-country",
        "Roughly 900 American soldiers remain in neighbouring Syria.",
        "deployment",
        dict(actor=US, location="Syria", value=900),
    ),
    (
        "deployment-our-troops-in-a-quote-are-the-speakers-states",
        '"We have 1,200 troops in the Central African Republic and they will stay," a Rwandan '
        "army spokesman said.",
        "deployment",
        dict(actor="Rwanda", location="Central African Republic", value=1200),
    ),
    (
        "deployment-a-general-mobilisation-calls-up-soldiers",
        "Azerbaijan declared a partial mobilisation on Sunday.",
        "deployment",
        dict(actor="Azerbaijan"),
    ),
    (
        "deployment-a-battalion-moved-to-a-border",
        "Serbia has moved a battalion closer to the administrative line with Kosovo.",
        "deployment",
        dict(actor="Serbia"),
    ),
    (
        "request-to-a-group-whose-members-an-aside-names",
        "Ukraine has asked several allies, including Germany and France, to send more air "
        "defence systems.",
        "diplomatic_request",
        dict(actor=UA, target="Germany"),
    ),
    (
        "request-to-a-group-particularly-one-member",
        "Zelensky called on Western countries, particularly the United States, to lift "
        "restrictions on long-range strikes.",
        "diplomatic_request",
        dict(actor=UA, target=US),
    ),
    (
        "deployment-forces-crossing-into-a-country",
        "Turkish forces crossed into northern Syria overnight.",
        "deployment",
        dict(actor="Turkey", location="Syria"),
    ),
    (
        "deployment-troops-fighting-alongside-a-group",
        "Rwandan troops are fighting alongside M23 rebels in North Kivu, UN experts said.",
        "deployment",
        dict(actor="Rwanda", target="M23"),
    ),
    (
        "deployment-the-party-right-before-the-verb-moves-the-forces",
        "The Times reports that North Korea has sent a fresh contingent into the Kursk region.",
        "deployment",
        dict(actor=NK),
    ),
    (
        "deployment-the-owner-nearest-the-force-noun",
        "The minister flew to Basra in southern Iraq, where British forces are stationed.",
        "deployment",
        dict(actor=UK, location="Iraq (Basra Governorate)"),
    ),
    (
        "request-a-business-confederation-named-with-a-demonym-is-its-own-asker",
        "The Confederation of British Industry urged Beijing to lower its tariffs on steel.",
        "diplomatic_request",
        dict(actor="Confederation of British Industry"),
    ),
    (
        "a-country-named-as-a-topic-is-no-asker",
        "Speaking after talks on the Iraq-Iran war, the Emirati minister called for an "
        "immediate ceasefire and urged both sides to accept UN mediation.",
        "diplomatic_request",
        dict(actor="United Arab Emirates"),
    ),
    (
        "a-war-cabinet-is-the-state-s-own",
        "The Israel war cabinet ordered 5,000 more troops to the north.",
        "deployment",
        dict(actor="Israel"),
    ),
    (
        "request-by-the-first-of-a-list-of-three-askers",
        "The United States, NATO and the United Nations all called on Athens to show restraint.",
        "diplomatic_request",
        dict(actor=US, target="Greece"),
    ),
    (
        "deployment-a-carrier-strike-group-ordered-to-a-region",
        "The Pentagon has ordered a second aircraft carrier strike group to the Middle East.",
        "deployment",
        dict(actor=US, location="Middle East"),
    ),
    (
        "deployment-ships-sent-with-what-they-are-in-an-aside",
        "Rome has sent five ships, including two frigates and a minesweeper, to the Red Sea.",
        "deployment",
        dict(actor="Italy", location="Red Sea"),
    ),
    (
        "deployment-naval-contingents-kept-at-sea",
        "France maintains a naval contingent in the Strait of Hormuz.",
        "deployment",
        dict(actor="France", location="Strait of Hormuz"),
    ),
    (
        "deployment-an-armed-group-withdraws-from-a-place",
        "The M23 withdrew from Walikale on Saturday, the group said.",
        "deployment",
        dict(actor="M23"),
    ),
    (
        "deployment-an-armed-group-enters-a-city",
        "The RSF entered El Fasher after an 18-month siege.",
        "deployment",
        dict(actor="Rapid Support Forces"),
    ),
    (
        "deployment-of-soldiers-from-a-state",
        "Soldiers from Guatemala have arrived in Haiti to reinforce the Kenyan-led mission.",
        "deployment",
        dict(actor="Guatemala", location="Haiti"),
    ),
    (
        "deployment-withdrawn-from-a-state-is-the-withdrawers",
        "Italy withdrew its last soldiers from Niger in January.",
        "deployment",
        dict(actor="Italy"),
    ),
    (
        "deployment-pulling-forces-out",
        "France has begun pulling its last troops out of Chad.",
        "deployment",
        dict(actor="France"),
    ),
    (
        "request-on-both-the-army-and-a-named-group",
        "Britain called on both the army and the RSF to agree to a humanitarian pause.",
        "diplomatic_request",
        dict(actor=UK, target="Rapid Support Forces"),
    ),
    (
        "request-the-names-inside-a-relative-clause-after-the-asker-do-not-ask",
        "Qatar, which has mediated between Israel and Hamas for months, urged Israel to accept "
        "a 60-day truce.",
        "diplomatic_request",
        dict(actor="Qatar", target="Israel"),
    ),
    (
        "request-on-both-parties",
        "Norway called on both Ethiopia and Eritrea to pull back their forces.",
        "diplomatic_request",
        dict(actor="Norway", target="Eritrea"),
    ),
    (
        "request-a-call-for-something-from-a-party-asks-that-party",
        "Spain and Portugal also called for an explanation from the Moroccan government.",
        "diplomatic_request",
        dict(actor="Portugal", target="Morocco"),
    ),
    (
        "request-by-the-antecedent-of-which",
        "Any cut would be unwelcome in Tokyo, which has asked the United States to keep its "
        "Marines on Okinawa.",
        "diplomatic_request",
        dict(actor="Japan", target=US),
    ),
    (
        "request-a-second-verb-after-and-has-keeps-the-first-asker",
        "Chad's foreign ministry has demanded that Khartoum return the detainees and has asked "
        "France for help.",
        "diplomatic_request",
        dict(actor="Chad", target="France"),
    ),
    (
        "aid-a-second-giver-in-a-coordinated-clause-gives-to-the-same-recipient",
        "Italy will ship three more SAMP/T batteries to Ukraine this winter, and Denmark said it "
        "would pay for a new batch of artillery shells.",
        "military_aid",
        dict(actor="Denmark", target=UA),
    ),
    (
        "aid-the-first-givers-recipient-is-not-the-next-clauses-giver",
        "Italy will ship three more SAMP/T batteries to Ukraine this winter, and Denmark said it "
        "would pay for a new batch of artillery shells.",
        "military_aid",
        dict(actor="Italy", target=UA),
    ),
    (
        "aid-a-listed-group-of-givers-after-while",
        "Spain said it would add 40 million euros to the fund, while Finland, Estonia and Latvia "
        "announced a joint purchase of air defence interceptors for Ukraine.",
        "military_aid",
        dict(actor="Estonia", target=UA),
    ),
    (
        "aid-foreign-military-financing-for-a-state",
        "Washington has approved a further US$300 million in foreign military financing for "
        "Vietnam this year.",
        "military_aid",
        dict(actor=US, target="Vietnam"),
    ),
    (
        "request-we-in-an-interview-answer-is-the-interviewee",
        "An interview on the border\n\nThe following interview with Estonia's defence minister "
        "was conducted in Tallinn.\n\nQ: What do you ask of Washington?\nA: We have formally "
        "asked the United States to keep a battalion here.\n\nQ: More?\nA: We hope so.",
        "diplomatic_request",
        dict(actor="Estonia", target=US),
    ),
    (
        "aid-money-approved-for-another-states-army",
        "Washington approved $120 million for the Jordanian army in October.",
        "military_aid",
        dict(actor=US, target="Jordan"),
    ),
    (
        "deployment-holding-positions-inside-another-country",
        "Turkish troops still hold a dozen positions inside Syria.",
        "deployment",
        dict(actor="Turkey", location="Syria"),
    ),
    (
        "deployment-the-subject-keeps-outposts-not-the-group-it-targets",
        "Ankara also keeps dozens of military outposts inside Iraq, from which it targets PKK "
        "militants.",
        "deployment",
        dict(actor="Turkey", location="Iraq"),
    ),
    (
        "request-solicits-to-a-government-to-act",
        "The Colombian government solicits to the Government of Venezuela to impede the use of "
        "its territory by armed groups.",
        "diplomatic_request",
        dict(actor="Colombia", target="Venezuela"),
    ),
    (
        "request-wants-a-named-party-to-act",
        "Vilnius wants Berlin to station a second brigade in Lithuania.",
        "diplomatic_request",
        dict(actor="Lithuania", target="Germany"),
    ),
    (
        "request-telling-a-named-party-to-stop",
        "Beijing responded by telling Manila to stop its provocations.",
        "diplomatic_request",
        dict(actor="China", target="Philippines"),
    ),
    (
        "request-a-second-target-after-and-on",
        "The EU has called on Belgrade to calm tensions and on Pristina to suspend the raids.",
        "diplomatic_request",
        dict(actor="European Union", target="Kosovo"),
    ),
    (
        "request-passive-with-an-aside-before-to",
        "Georgia was urged by the EU, at a summit in Brussels last week, to repeal the law.",
        "diplomatic_request",
        dict(actor="European Union", target="Georgia"),
    ),
    (
        "request-called-again-on",
        "Egypt called again on Israel to open the crossings.",
        "diplomatic_request",
        dict(actor="Egypt", target="Israel"),
    ),
    # --- warships, purchases and budgets (session 9) -----------------------------------------
    (
        "deployment-a-frigate-dispatched-abroad",
        "Spain has dispatched the frigate Blas de Lezo to Cyprus to escort merchant ships.",
        "deployment",
        dict(actor="Spain", location="Cyprus"),
    ),
    (
        "deployment-rushing-troops",
        "Finland is rushing hundreds of extra troops to its eastern border.",
        "deployment",
        dict(actor="Finland"),
    ),
    (
        "deployment-a-shouted-country-opening-a-tabloid-sentence",
        "NORWAY is sending hundreds more troops to Lithuania, the paper can reveal.",
        "deployment",
        dict(actor="Norway", location="Lithuania"),
    ),
    (
        "aid-a-contract-with-a-seller-for-weapons",
        "Indonesia has signed a contract with France for 42 fighter jets.",
        "military_aid",
        dict(actor="France", target="Indonesia"),
    ),
    (
        "aid-ordered-from-a-seller",
        "Romania has ordered 54 tanks from the United States.",
        "military_aid",
        dict(actor=US, target="Romania"),
    ),
    (
        "aid-a-budget-that-sets-aside-money",
        "Ireland's budget sets aside EUR 40 million for military assistance to Moldova.",
        "military_aid",
        dict(actor="Ireland", target="Moldova"),
    ),
    (
        "aid-an-export-licence",
        "Sweden granted an export licence for 60 armoured vehicles to Latvia.",
        "military_aid",
        dict(actor="Sweden", target="Latvia"),
    ),
    # --- requests in translated copy and lists (session 9) ----------------------------------
    (
        "request-to-the-last-of-three-listed-targets",
        "Paris has asked Ghana, Togo and Benin to send officers to the new mission.",
        "diplomatic_request",
        dict(actor="France", target="Benin"),
    ),
    (
        "request-to-the-middle-of-three-listed-targets",
        "Paris has asked Ghana, Togo and Benin to send officers to the new mission.",
        "diplomatic_request",
        dict(actor="France", target="Togo"),
    ),
    (
        "request-called-x-to-a-calque-of-called-on",
        "Chile has called Peru to coordinate patrols against the smugglers.",
        "diplomatic_request",
        dict(actor="Chile", target="Peru"),
    ),
    (
        "request-a-call-for-a-named-party-to-act",
        "Turkey called for Russia to withdraw its troops from the border.",
        "diplomatic_request",
        dict(actor="Turkey", target=RU),
    ),
    (
        "deployment-a-military-presence",
        "Russia has maintained a military presence in Syria since 2015.",
        "deployment",
        dict(actor=RU, location="Syria"),
    ),
    (
        "request-a-second-one-after-and",
        "US envoy Massad Boulos urged Rwanda to withdraw its forces without delay and called on "
        "Congo to stop cooperating with the FDLR.",
        "diplomatic_request",
        dict(actor=US, target="Democratic Republic of the Congo"),
    ),
    (
        "aid-training-another-states-officers",
        "Turkey has already begun training Syrian officers, according to Ankara's defence ministry.",
        "military_aid",
        dict(actor="Turkey", target="Syria"),
    ),
    (
        "aid-trained-a-number-of-recruits",
        "UK instructors have trained more than 60,000 Ukrainian recruits since 2022.",
        "military_aid",
        dict(actor=UK, target=UA),
    ),
    (
        "aid-a-sale-of-bomb-kits",
        "Washington last week approved the sale of some 3,000 precision-guided bomb kits to Israel.",
        "military_aid",
        dict(actor=US, target="Israel"),
    ),
    (
        "request-urged-other-members-of-a-named-alliance",
        "Defence Minister Boris Pistorius urged other NATO members to raise their contributions.",
        "diplomatic_request",
        dict(actor="Germany", target="NATO"),
    ),
    (
        "request-demanded-something-from-a-government",
        "Poland demanded explanations from the Russian government after the drone incursion.",
        "diplomatic_request",
        dict(actor="Poland", target=RU),
    ),
    (
        "deployment-units-moved-to-a-border",
        "Belarus has moved special operations units and artillery to within a few kilometres of "
        "the border.",
        "deployment",
        dict(actor="Belarus"),
    ),
    (
        "request-a-call-for-a-ceasefire-on-nobody-in-particular",
        "Turkey called for an immediate ceasefire in Gaza.",
        "diplomatic_request",
        dict(actor="Turkey"),
    ),
    (
        # annotators differ; most held-out sets count a mission's strength as its deployment
        "mission-size-without-place",
        "KFOR numbers about 4,500 soldiers from 28 countries.",
        "deployment",
        dict(actor="NATO", value=4500),
    ),
    (
        "deployment-an-international-force-fields",
        "MINUSCA still has about 14,000 peacekeepers, the UN said on Friday.",
        "deployment",
        dict(actor="United Nations", value=14000),
    ),
    (
        "aid-the-accused-arms-the-party-named-after",
        "The Israeli army has long accused Tehran of arming and training Hezbollah units in "
        "southern Syria.",
        "military_aid",
        dict(actor="Iran", target="Hezbollah", hedged=True),
    ),
    (
        "aid-accused-of-supplying-names-giver-not-accuser",
        "Kyiv accuses Iran of supplying Moscow with attack drones.",
        "military_aid",
        dict(actor="Iran", target=RU),
    ),
    (
        "aid-support-worth-an-amount-including-items",
        "Norway announced additional support worth 500 million crowns for Ukraine, including "
        "air-defence missiles.",
        "military_aid",
        dict(actor="Norway", target=UA),
    ),
    (
        "aid-money-contributed-for-weapons",
        "Belgium said it would contribute 80 million euros to buy weapons for Kyiv through the "
        "PURL scheme.",
        "military_aid",
        dict(actor="Belgium", target=UA),
    ),
    (
        "deployment-in-two-coordinated-provinces",
        "Burundian soldiers remain deployed in North and South Kivu, weeks after the accord "
        "signed in Doha.",
        "deployment",
        dict(actor="Burundi", location="Democratic Republic of the Congo (South Kivu)"),
    ),
    (
        "aid-systems-pledged",
        "Berlin pledged four more IRIS-T systems for Ukraine on Wednesday.",
        "military_aid",
        dict(actor="Germany", target=UA),
    ),
    (
        "aid-money-spent-on-drones",
        "Denmark said it would spend 300 million euros on drones and radar systems for Ukraine.",
        "military_aid",
        dict(actor="Denmark", target=UA),
    ),
    (
        "aid-equipment-through-a-fund",
        "Tokyo will provide Ukraine with an additional 2 billion yen in non-lethal equipment.",
        "military_aid",
        dict(actor="Japan", target=UA),
    ),
    (
        "send-up-to",
        "Kenya will send up to 1,000 police officers.",
        "deployment",
        dict(actor="Kenya", high=1000, qualifier="at_most"),
    ),
    (
        "request-passive-with-agent",
        "Chad was asked by Paris to keep its soldiers in the multinational force.",
        "diplomatic_request",
        dict(actor="France", target="Chad"),
    ),
    (
        "request-time-phrase-before-to",
        "Somalia's president asked Ankara during talks last week to send more trainers.",
        "diplomatic_request",
        dict(actor="Somalia", target="Turkey"),
    ),
    (
        "request-target-with-title",
        "Washington's envoy flew to Israel to press Prime Minister Benjamin Netanyahu to accept "
        "the truce.",
        "diplomatic_request",
        dict(actor=US, target="Israel"),
    ),
    (
        "request-long-named-target",
        "Islamabad has repeatedly asked the Interim Afghan Government to stop the raids.",
        "diplomatic_request",
        dict(actor="Pakistan", target="Afghanistan"),
    ),
    (
        "demanded-something-from",
        "Ireland demanded an explanation from the Israeli government after the shelling.",
        "diplomatic_request",
        dict(actor="Ireland", target="Israel"),
    ),
    (
        "request-target-with-acronym-in-brackets",
        "Beijing has pressed the Myanmar National Democratic Alliance Army (MNDAA) to withdraw "
        "from Lashio.",
        "diplomatic_request",
        dict(actor="China", target="Myanmar National Democratic Alliance Army"),
    ),
    (
        "request-to-the-council",
        "Somalia's president called on the Security Council to extend the mission by a year.",
        "diplomatic_request",
        dict(actor="Somalia"),
    ),
    (
        "request-to-the-authorities",
        "The African Union urged the authorities to release the detained officers.",
        "diplomatic_request",
        dict(actor="African Union"),
    ),
    (
        "sent-by-passive-relative",
        "Moscow hides the losses of the North Korean soldiers, who were sent by Pyongyang to "
        "fight in the Kursk region.",
        "deployment",
        dict(actor=NK),
    ),
    (
        "sent-long-object",
        "Brazil said it had sent 30 armoured vehicles and some 700 troops to its northern border.",
        "deployment",
        dict(actor="Brazil", value=700),
    ),
    (
        "request-time-before-to",
        "Somalia's cabinet pressed Kenya and Ethiopia on Monday to keep their troops in Gedo.",
        "diplomatic_request",
        dict(actor="Somalia", target="Kenya"),
    ),
    (
        "request-by-a-ministry",
        "Japan's navy tracked the convoy. The Foreign Ministry has asked China to explain the "
        "drills.",
        "diplomatic_request",
        dict(actor="Japan", target="China"),
    ),
    (
        "deploy-mission-in-the-country",
        "MINUSCA currently has about 14,000 uniformed personnel in the country.",
        "deployment",
        dict(actor="United Nations", value=14000),
    ),
    (
        "deploy-remain-at",
        "Turkish troops remain at three outposts inside Iraqi territory.",
        "deployment",
        dict(actor="Turkey"),
    ),
    (
        "deploy-taking-part",
        "About 4,000 French soldiers are taking part in the Steadfast exercise in Romania.",
        "deployment",
        dict(actor="France", value=4000),
    ),
    (
        "deploy-contributes",
        "Nepal contributes about 900 soldiers to the mission in Lebanon.",
        "deployment",
        dict(actor="Nepal", value=900, source=None),
    ),
    (
        "request-demanded-that",
        "Armenia has repeatedly demanded that the European Union keep its monitors on the border.",
        "diplomatic_request",
        dict(actor="Armenia", target="European Union"),
    ),
    (
        "request-his-counterpart",
        "Ramaphosa asked his Zambian counterpart to reopen the border crossing.",
        "diplomatic_request",
        dict(actor="South Africa", target="Zambia"),
    ),
    (
        "request-pronoun-object",
        "Macron, in a letter addressed to NATO chief Mark Rutte, called on him to speed up the "
        "deployment.",
        "diplomatic_request",
        dict(actor="France", target="NATO"),
    ),
    (
        "aid-received-from",
        "Chad received four armed drones from Turkey last month, the army said.",
        "military_aid",
        dict(actor="Turkey", target="Chad"),
    ),
    (
        "aid-took-delivery",
        "Burkina Faso took delivery of two helicopters from Russia on Friday.",
        "military_aid",
        dict(actor=RU, target="Burkina Faso"),
    ),
    (
        "aid-train-and-equip",
        "Britain has offered to train and equip the new Somali army.",
        "military_aid",
        dict(actor=UK, target="Somalia"),
    ),
    (
        "deploy-present",
        "North Korean soldiers are present in Ukraine, assisting Russia.",
        "deployment",
        dict(actor=NK, target=RU, location=UA),
    ),
    (
        "deploy-sent",
        "Russia sent military trainers to Niger in April.",
        "deployment",
        dict(actor=RU, location="Niger"),
    ),
    (
        "deploy-withdraw",
        "France began withdrawing its troops from Niger on Thursday.",
        "deployment",
        dict(actor="France", location="Niger"),
    ),
    (
        "deploy-mobilised",
        "Israel has mobilised 300,000 reservists, the army said.",
        "deployment",
        dict(actor="Israel", value=300000),
    ),
    (
        "deploy-callup",
        "The Israeli army is calling up two reserve brigades to the north.",
        "deployment",
        dict(actor="Israel"),
    ),
    (
        "deploy-stationed",
        "Thousands of U.S. troops are stationed in Poland.",
        "deployment",
        dict(actor=US, location="Poland", qualifier="vague"),
    ),
    (
        "deploy-region",
        "They will train in eastern Russia before heading to the Kursk region, "
        "North Korean troops said.",
        "deployment",
        dict(location_code="RU-KRS"),
    ),
    (
        "deploy-raiding",
        "Israeli forces are raiding southern Lebanon.",
        "deployment",
        dict(actor="Israel", location="Lebanon"),
    ),
    (
        "deploy-ordered",
        "Biden ordered more U.S. troops to Europe on Friday.",
        "deployment",
        dict(actor=US, location="Europe"),
    ),
    (
        "deploy-wagner",
        "Mali hired about 1,000 Wagner fighters to guard its mines.",
        "deployment",
        dict(subject="Wagner Group", value=1000),
    ),
    (
        "estimate-basic",
        "U.S. intelligence estimates 7,000 North Korean troops are in Russia.",
        "intelligence_estimate",
        dict(actor=US, target=NK, value=7000),
    ),
    (
        "estimate-losses",
        "According to Ukraine's military, 600,000 Russian soldiers have been killed or wounded.",
        "intelligence_estimate",
        dict(actor=UA, target=RU, metric="casualties"),
    ),
    (
        "estimate-believes",
        "The ISW believes Russia has lost 1,000 soldiers a day.",
        "intelligence_estimate",
        dict(actor="Institute for the Study of War", target=RU),
    ),
    (
        "request-basic",
        "The United States urged China to press North Korea to withdraw.",
        "diplomatic_request",
        dict(actor=US, target="China", third_party=NK),
    ),
    (
        "request-asked",
        "Nepal asked Russia to stop recruiting its citizens.",
        "diplomatic_request",
        dict(actor="Nepal", target=RU),
    ),
    (
        "request-called-on",
        "The European Union called on Serbia to withdraw its troops.",
        "diplomatic_request",
        dict(actor="European Union", target="Serbia"),
    ),
    (
        "request-called-for",
        "The UN called for an immediate ceasefire in Sudan.",
        "diplomatic_request",
        dict(actor="United Nations"),
    ),
    (
        "request-pressed",
        "Berlin pressed Budapest to drop its veto on aid for Kyiv.",
        "diplomatic_request",
        dict(actor="Germany", target="Hungary"),
    ),
    (
        "request-both-sides",
        "Armenia and Azerbaijan clashed again. Russia called on both sides to respect the truce.",
        "diplomatic_request",
        dict(actor=RU),
    ),
    (
        "request-ordered",
        "Niger's junta ordered France to withdraw its ambassador.",
        "diplomatic_request",
        dict(actor="Niger", target="France"),
    ),
    (
        "request-demanding",
        "Zelensky has been demanding more air defence from Western countries.",
        "diplomatic_request",
        dict(actor=UA),
    ),
    (
        "request-appealed-to",
        "Kyiv appealed to NATO for more air defence.",
        "diplomatic_request",
        dict(actor=UA, target="NATO"),
    ),
    (
        "request-told",
        "Washington told Israel to stop the offensive in Rafah.",
        "diplomatic_request",
        dict(actor=US, target="Israel"),
    ),
    (
        "request-encouraged",
        "The EU encouraged Serbia to reduce its troop presence on the border.",
        "diplomatic_request",
        dict(actor="European Union", target="Serbia"),
    ),
    (
        "request-group",
        "Zelensky urged Western allies to send more air defence systems.",
        "diplomatic_request",
        dict(actor=UA, target=None),
    ),
    (
        "deploy-keep",
        "Macron told reporters that France would keep its troops in Chad.",
        "deployment",
        dict(actor="France", location="Chad"),
    ),
    (
        "aid-package",
        "The United States announced a $2 billion military aid package for Ukraine.",
        "military_aid",
        dict(actor=US, target=UA),
    ),
    (
        "aid-weighing",
        "South Korea is weighing military aid to Ukraine.",
        "military_aid",
        dict(actor=SK, target=UA),
    ),
    (
        "aid-pledged",
        "Germany pledged more air defence systems to Ukraine on Monday.",
        "military_aid",
        dict(actor="Germany", target=UA),
    ),
    (
        "aid-promised",
        "The White House has promised Ukraine arms worth $1 billion.",
        "military_aid",
        dict(actor=US, target=UA),
    ),
    (
        "aid-provision",
        "Seoul is analysing the provision of weapons to Kyiv.",
        "military_aid",
        dict(actor=SK, target=UA),
    ),
    (
        "aid-train-pilots",
        "Denmark will train Ukrainian pilots to fly F-16s.",
        "military_aid",
        dict(actor="Denmark"),
    ),
    (
        "aid-two-donors",
        "Norway and Sweden are sending ammunition to Ukraine.",
        "military_aid",
        dict(actor="Sweden", target=UA),
    ),
    (
        "aid-packages-plural",
        "Since 2023 Romania has sent eleven aid packages to Ukraine, among them anti-tank weapons.",
        "military_aid",
        dict(actor="Romania", target=UA),
    ),
    (
        "aid-ship-shells",
        "Iran keeps trying to ship ballistic missiles to the Houthis, Washington says.",
        "military_aid",
        dict(actor="Iran"),
    ),
    (
        "aid-transferring-carriers",
        "Latvia is transferring a batch of armoured personnel carriers to Ukraine this month.",
        "military_aid",
        dict(actor="Latvia", target=UA),
    ),
    (
        "aid-joint-givers-after-new-clause",
        "Slovakia still refuses to join, so Finland, Norway and Estonia said they would pay for "
        "more interceptors for Ukraine.",
        "military_aid",
        dict(actor="Estonia", target=UA),
    ),
    (
        "aid-maker-is-not-recipient",
        "Belgium will fund German-made air defence batteries for Kyiv.",
        "military_aid",
        dict(actor="Belgium", target=UA),
    ),
    (
        "aid-fused-supplier-is-the-giver",
        "Investigators found Iranian-supplied drones in Houthi hands near the port.",
        "military_aid",
        dict(actor="Iran"),
    ),
    (
        "aid-largest-supplier-of",
        "South Korea has become Poland's biggest supplier of tanks and howitzers.",
        "military_aid",
        dict(actor=SK, target="Poland"),
    ),
    (
        "aid-training-the-new-army",
        "Italy says it is training the new Libyan army in Tripoli.",
        "military_aid",
        dict(actor="Italy", target="Libya"),
    ),
    (
        "aid-training-after-a-refusal",
        "Rome has ruled out sending combat units, though it trains Ukrainian drone operators at "
        "home.",
        "military_aid",
        dict(actor="Italy", target=UA),
    ),
    (
        "aid-two-givers-to-the-army",
        "Fighting resumed near El Fasher in Sudan on Sunday. Sudan's generals deny losing ground. "
        "Qatar and Turkey are reported to have sent drones to the army.",
        "military_aid",
        dict(actor="Qatar", target="Sudan", hedged=True),
    ),
    (
        "aid-speaker-is-not-the-trainer",
        "Taiwan's defence minister said the Americans were helping to train Taiwanese battalions.",
        "military_aid",
        dict(actor=US, target="Taiwan"),
    ),
    (
        "keep-troops",
        "Paris will keep about 300 soldiers in Djibouti after the handover.",
        "deployment",
        dict(actor="France", location="Djibouti"),
    ),
    (
        "keep-advisers",
        "Moscow will keep its military advisers in the Central African Republic.",
        "deployment",
        dict(actor=RU),
    ),
    (
        "maintains-garrison",
        "Turkey maintains a garrison of soldiers in northern Cyprus.",
        "deployment",
        dict(actor="Turkey"),
    ),
    (
        "request-capital-ending-in-s",
        "Ankara's envoy urged Damascus to release the detained observers.",
        "diplomatic_request",
        dict(actor="Turkey", target="Syria"),
    ),
    (
        "request-paris",
        "Mali's junta asked Paris to withdraw its ambassador within 72 hours.",
        "diplomatic_request",
        dict(actor="Mali", target="France"),
    ),
    (
        "request-relative-clause",
        "Washington has asked Qatar, which hosts the political office, to press Hamas to return.",
        "diplomatic_request",
        dict(actor=US, target="Qatar", third_party="Hamas"),
    ),
    (
        "request-second-clause",
        "Kenya urged Somalia to hold talks, while Brussels pressed Ethiopia to pull back its troops.",
        "diplomatic_request",
        dict(actor="European Union", target="Ethiopia"),
    ),
    (
        "request-group-addressee",
        "The Kremlin called on Western governments to stop arming Kyiv.",
        "diplomatic_request",
        dict(actor=RU),
    ),
    (
        "request-both-countries",
        "The African Union called on both countries to exercise restraint.",
        "diplomatic_request",
        dict(actor="African Union"),
    ),
    (
        "aid-supplied-with",
        "Pyongyang has supplied Moscow with millions of artillery shells, Seoul says.",
        "military_aid",
        dict(actor=NK, target=RU),
    ),
    (
        "aid-accused-of-supplying",
        "Saudi officials accused Iran of supplying the Houthis with cruise missiles.",
        "military_aid",
        dict(actor="Iran", target="Houthis"),
    ),
    (
        "aid-arms-sale",
        "Washington approved a $300 million sale of radars to Taiwan on Friday.",
        "military_aid",
        dict(actor=US, target="Taiwan"),
    ),
    (
        "aid-sending-recipient-first",
        "Norway said it would consider sending Ukraine four more patrol boats.",
        "military_aid",
        dict(actor="Norway", target=UA),
    ),
    (
        "aid-giver-not-reporter",
        "Iran shipped drones to Russia last year, according to British officials.",
        "military_aid",
        dict(actor="Iran", target=RU),
    ),
    (
        "request-an-explanation-from",
        "UNIFIL has requested an explanation from the IDF on the incidents.",
        "diplomatic_request",
        dict(actor="United Nations", target="Israel"),
    ),
    (
        "a-request-from-somebody-asks-whoever-has-it",
        "The State Department is weighing a request from Yemen's government for coastal patrol "
        "boats.",
        "diplomatic_request",
        dict(actor="Yemen", target=US),
    ),
    (
        "a-demand-from-somebody-that-is-rejected-was-still-made",
        "Israel rejected a demand from Egypt to withdraw from the Rafah crossing.",
        "diplomatic_request",
        dict(actor="Egypt", target="Israel"),
    ),
    (
        "request-after-a-relative-clause-to-a-capital-spelt-two-ways",
        "Thailand, which shares a long border with Myanmar, has asked Naypyitaw to keep the "
        "fighting away from the frontier.",
        "diplomatic_request",
        dict(actor="Thailand", target="Myanmar"),
    ),
    (
        "request-by-a-ministry-that-summoned-an-ambassador",
        "South Korea condemned the deployment. The foreign ministry summoned Russian Ambassador "
        "Georgy Zinoviev and demanded that Moscow withdraw the North Korean soldiers.",
        "diplomatic_request",
        dict(actor=SK, target=RU, third_party=NK),
    ),
    (
        "request-insisting-that",
        "Sheinbaum said Mexico would keep insisting that the US government curb the sale of "
        "assault rifles.",
        "diplomatic_request",
        dict(actor="Mexico", target=US),
    ),
    (
        "deployment-members-of-the-national-guard",
        "Mexico will send 10,000 members of the National Guard to its northern border.",
        "deployment",
        dict(actor="Mexico"),
    ),
    (
        "deployment-a-military-base-kept",
        "Russia still keeps its 102nd military base in Gyumri, where some 3,000 servicemen "
        "are stationed.",
        "deployment",
        dict(actor=RU),
    ),
    (
        "request-with-the-verb-in-quotation-marks",
        'His office said Seoul "strongly urges" Pyongyang to halt the deployment.',
        "diplomatic_request",
        dict(actor=SK, target=NK),
    ),
    (
        "request-to-allies-with-a-place-between",
        "Lithuania's defence minister asked allies at a meeting in Brussels to send more "
        "air-defence systems to the Baltic states.",
        "diplomatic_request",
        dict(actor="Lithuania", target=None),
    ),
    (
        "deployment-gathered-troops",
        "Ukraine says Russia has gathered around 50,000 troops in Kursk for an offensive.",
        "deployment",
        dict(actor=RU),
    ),
    (
        "request-to-the-federal-government-and-a-rebel-group",
        "Ethiopia's army pushed into Amhara. The African Union called on the federal government "
        "and Fano to agree a ceasefire.",
        "diplomatic_request",
        dict(actor="African Union", target="Ethiopia"),
    ),
    (
        "deployment-forces-re-entered",
        "Israeli ground forces re-entered parts of Rafah on Monday, the military said.",
        "deployment",
        dict(actor="Israel"),
    ),
    (
        "aid-money-from-the-european-peace-facility",
        "The European Union has approved a further €20 million from its European Peace "
        "Facility for Rwanda's troops in Mozambique.",
        "military_aid",
        dict(actor="European Union"),
    ),
    (
        "aid-funding-and-logistical-support-for-a-mission",
        "The United States has pledged more than $300 million in funding and logistical support "
        "for the mission in Haiti.",
        "military_aid",
        dict(actor=US),
    ),
    (
        "request-calls-upon-the-leadership-of-a-group",
        "The UPDF calls upon the leadership of CODECO to cease all attacks on civilians.",
        "diplomatic_request",
        dict(actor="Uganda", target="CODECO"),
    ),
    (
        "request-by-the-secretary-general",
        "The UN panel's report was published on Monday. The Secretary-General has repeatedly "
        "called on Rwanda to withdraw its forces from Congolese territory.",
        "diplomatic_request",
        dict(actor="United Nations", target="Rwanda"),
    ),
    (
        "deployment-contribute-troops-to-a-mission",
        "Uganda continues to contribute 4,500 troops to the African Union mission in Somalia.",
        "deployment",
        dict(actor="Uganda"),
    ),
    (
        "request-unnamed-spokesperson-after-a-place-opening",
        "In Tehran, a government spokeswoman called on Baghdad to expel the armed groups.",
        "diplomatic_request",
        dict(actor="Iran", target="Iraq"),
    ),
    (
        "request-ministry-after-a-place-and-time",
        "In Moscow on Friday, the defence ministry urged Kyiv to pull its brigades back.",
        "diplomatic_request",
        dict(actor=RU, target=UA),
    ),
]

# (id, text, event type that must not appear)
NO_EVENTS = [
    (
        "warning-that-something-may-happen-asks-nobody",
        "The Pentagon warned that Iran could send more drones to Russia this winter.",
        "diplomatic_request",
    ),
    (
        "funding-for-a-states-own-army",
        "Congress approved new funding for the army.",
        "military_aid",
    ),
    (
        "a-missions-list-of-its-contributors-estimates-nobody",
        "Who sends the troops?\n\nAccording to figures published by the AU Commission, the main "
        "troop contributors are:\n- Burundi: 3,000 soldiers, the largest contingent.\n"
        "- Malawi: 800, mostly in the north.",
        "intelligence_estimate",
    ),
    (
        "troops-seen-moving-in-a-condition-have-not-moved",
        "If we see Belarusian troops moving to the border, we will respond.",
        "deployment",
    ),
    ("talks-that-move-are-no-forces", "The talks moved to Geneva on Monday.", "deployment"),
    (
        "a-jet-to-deploy-a-decade-ahead-is-a-plan",
        "The budget funds a new fighter jet with Britain, which the two countries aim to deploy "
        "in 2035.",
        "deployment",
    ),
    (
        "a-cricket-side-calling-up-reinforcements-moves-no-forces",
        "India called up reinforcements before the second test match, bringing in a leg-spinner "
        "to bolster the bowling attack.",
        "deployment",
    ),
    (
        "model-fighters-sent-are-no-forces",
        "Slovakia sent its MiG-29 fighters to Ukraine.",
        "deployment",
    ),
    (
        "fuel-oil-for-sale-is-no-aid",
        "Venezuela has offered to supply 100,000 barrels of fuel oil a month to China.",
        "military_aid",
    ),
    (
        "a-possessive-country-before-its-attacks-is-no-place",
        "Nine soldiers were wounded in Azerbaijan's drone strikes, the Armenian ministry said.",
        "intelligence_estimate",
    ),
    (
        "a-refuted-claim-moves-no-forces",
        "The claim that 3,000 Belarusian soldiers have been sent to the Lithuanian border has no "
        "basis in fact, the ministry said.",
        "deployment",
    ),
    (
        "a-quoted-headline-is-not-the-story",
        'Embassy statement: "At least 4,000 Rwandan soldiers on our soil"\n\nThe embassy '
        "thanked its partners.",
        "deployment",
    ),
    (
        "speaking-of-a-war-is-meeting-nobody",
        "Biden spoke of the war in Gaza and urged restraint.",
        "diplomatic_request",
    ),
    (
        "a-yes-no-question-asks-whether-a-request-was-made",
        "Q: Has Washington asked Beijing to step in?",
        "diplomatic_request",
    ),
    (
        "a-yes-no-question-about-aid-pledges-nothing",
        "Will Berlin send Taurus missiles to Kyiv?",
        "military_aid",
    ),
    (
        "money-to-support-a-deployment-moves-no-forces",
        "The European Union approved €20 million to support the Rwandan deployment.",
        "deployment",
    ),
    (
        "information-gathered-moves-no-forces",
        "Information gathered from activists outside Iran reveals a pattern of killings by "
        "security forces.",
        "deployment",
    ),
    (
        "contributing-to-the-safety-of-forces-moves-none",
        "Its removal will contribute significantly to the safety of U.S. forces in the Gulf.",
        "deployment",
    ),
    (
        "deployment-not-ruling-out-troops-sends-none",
        "Macron did not rule out sending troops to Ukraine.",
        "deployment",
    ),
    (
        "deployment-funding-the-armys-deployment-is-not-the-funders",
        "Qatar has pledged $60 million to support the army's deployment in the south.",
        "deployment",
    ),
    (
        "estimate-nato-telling-a-members-troops-is-no-intelligence",
        "Some 90,000 American troops are in Europe, NATO Secretary General Mark Rutte said.",
        "intelligence_estimate",
    ),
    (
        "deployment-leaving-a-bloc-moves-no-forces",
        "Burkina Faso's military government left the Economic Community of West African States.",
        "deployment",
    ),
    (
        "aid-a-states-own-order-of-jets-is-no-aid",
        "Ottawa is reviewing its order of 88 F-35 fighter jets, some of which have been paid for.",
        "military_aid",
    ),
    (
        "aid-a-word-of-a-missions-name-gives-nothing",
        "The council authorised the Multinational Security Support mission to grow to 2,500.",
        "military_aid",
    ),
    (
        "an-estimator-is-not-deploying-the-group-it-counts",
        "Houthi forces fired at a ship. A UN panel estimates the group has 200,000 fighters.",
        "deployment",
    ),
    (
        "aid-a-package-of-sanctions-is-no-aid",
        "The Netherlands announced a package of sanctions against Russia.",
        "military_aid",
    ),
    (
        "deployment-armoured-personnel-carriers-are-not-personnel",
        "Belgium moved a dozen armoured personnel carriers to a depot near Antwerp.",
        "deployment",
    ),
    (
        "aid-a-sales-director-sells-nothing",
        "Orders keep coming, said the sales director of a German munitions maker.",
        "military_aid",
    ),
    (
        "deployment-a-mobilisation-of-voters-moves-no-forces",
        "The opposition called for a general mobilisation of its supporters before the vote.",
        "deployment",
    ),
    (
        "aid-giving-up-weapons-gives-nothing",
        "Sanctions were lifted to reward Tripoli for giving up its weapons of mass destruction.",
        "military_aid",
    ),
    (
        "deployment-an-envoy-arriving-moves-no-forces",
        "Norway's peace envoy is due to arrive on Wednesday to revive talks between government "
        "forces and the rebels.",
        "deployment",
    ),
    (
        "request-market-demand-from-a-country-asks-nothing",
        "Oil prices rose on stronger demand from China and India, the agency said.",
        "diplomatic_request",
    ),
    (
        "deployment-a-campaign-group-deploying-monitors-moves-no-forces",
        "Anti-hunt groups such as the League Against Cruel Sports deployed 100 monitors.",
        "deployment",
    ),
    (
        "deployment-a-likely-one-is-no-deployment",
        "Analysts said Beijing is likely to deploy troops onto the island's streets.",
        "deployment",
    ),
    ("a-group-withdraws-from-talks", "Hamas withdrew from the talks in Cairo.", "deployment"),
    ("a-group-enters-politics", "Hezbollah entered Lebanese politics decades ago.", "deployment"),
    (
        "pulling-players-out-of-a-tournament",
        "The coach pulled his players out of the tournament after the final.",
        "deployment",
    ),
    (
        "a-written-question-about-forces-deploys-nobody",
        "Mrs Ann Hale (Leeds West) (Lab): What assessment has the Secretary of State made of the "
        "readiness of British forces deployed to Estonia?",
        "deployment",
    ),
    (
        "a-yes-no-question-deploys-nobody",
        "HOST: Is there any talk of Australia sending its own forces?",
        "deployment",
    ),
    (
        "any-deployment-that-would-be-treated-as-aggression",
        "State television said any foreign military deployment in the Essequibo would be treated "
        "as an act of aggression.",
        "deployment",
    ),
    (
        "units-ordered-for-delivery-are-a-purchase",
        "The Bundeswehr has ordered 2,000 units for delivery from next year.",
        "deployment",
    ),
    (
        "vessels-financed-by-a-loan-deploy-nobody",
        "The first two vessels financed by a Japanese government loan arrived at Manila's South "
        "Harbor on Monday.",
        "deployment",
    ),
    (
        "money-for-a-library-is-no-aid",
        "The council approved $2 million for the town's new library and its army of volunteers.",
        "military_aid",
    ),
    (
        "a-market-position-is-no-deployment",
        "The company improved its positions in the Brazilian market, its chief executive said.",
        "deployment",
    ),
    (
        "wanting-a-budget-capped-asks-nobody",
        "Austria, the Netherlands and Sweden want the EU budget to be capped at 1% of income.",
        "diplomatic_request",
    ),
    (
        "wanting-to-hire-asks-nobody",
        "The junta announced it wanted to employ about 1,000 Wagner operatives.",
        "diplomatic_request",
    ),
    (
        "refused-licences-give-nothing",
        "In Belgium, more export licences for arms were refused than in any year before, the "
        "minister said.",
        "military_aid",
    ),
    (
        "a-purchase-inside-one-state-is-no-aid",
        "The French procurement agency has ordered 40 howitzers from KNDS France for the French "
        "Army.",
        "military_aid",
    ),
    (
        "kept-up-attacks-on-warships-keeps-no-forces",
        "The Houthis have kept up attacks on shipping and U.S. warships in the Red Sea.",
        "deployment",
    ),
    (
        "a-phone-call-to-discuss-is-no-request",
        "Scholz called Meloni on Friday to discuss the migration pact.",
        "diplomatic_request",
    ),
    (
        "called-up-reservists-is-no-request",
        "Israel called up 60,000 reservists for the offensive, the army said.",
        "diplomatic_request",
    ),
    (
        "a-demand-that-names-a-party-later-asks-only-the-first",
        "China's foreign ministry demanded that the United States stop arming Taiwan.",
        "military_aid",
    ),
    (
        "training-police-is-not-military-aid",
        "Jordan is training Palestinian police officers who may later serve in Gaza.",
        "military_aid",
    ),
    (
        "a-loss-list-of-ships-is-not-aid",
        "Kyiv said that 230 aircraft, 15 ships and 1,100 artillery systems had been destroyed.",
        "military_aid",
    ),
    (
        "no-request-a-call-for-reform-of-a-bodys-rules",
        "German Chancellor Gerhard Schroeder has called for radical reform of the EU's stability pact.",
        "diplomatic_request",
    ),
    (
        "no-deployment-a-partys-presence-in-parliament",
        "The strategist told the party leader to increase the Tories' Commons presence by 25 seats.",
        "deployment",
    ),
    (
        "no-deployment-a-firms-presence",
        "Burren Energy already has a presence in Egypt.",
        "deployment",
    ),
    (
        "no-aid-troops-trained-somewhere",
        "Russian troops trained in Belarus before the offensive.",
        "military_aid",
    ),
    (
        "no-aid-development-aid",
        "Ministers agreed to boost development aid for poorer nations, Germany said.",
        "military_aid",
    ),
    (
        "no-aid-an-airline-taking-delivery-of-aircraft",
        "The airline has taken delivery of six new aircraft and plans to order more from Airbus.",
        "military_aid",
    ),
    (
        "no-request-telling-a-news-outlet",
        "A company spokesman told the BBC News website that 40 engineers would move to Leeds.",
        "diplomatic_request",
    ),
    (
        "a-call-for-nothing-diplomatic",
        "Finance ministers of the G7 called for more flexibility in currency markets.",
        "diplomatic_request",
    ),
    (
        "a-player-calls-for-treatment",
        "The Spaniard twisted her knee in the second set and called for the trainer.",
        "diplomatic_request",
    ),
    (
        "a-un-panel-counts-others",
        "The group's fighters are estimated by a UN panel of experts at some 9,000.",
        "deployment",
    ),
    (
        "report-sent-to-parliament",
        "Poland's armed forces have about 200,000 soldiers, according to a report sent to "
        "parliament in May.",
        "deployment",
    ),
    (
        "signal-sent-to-forces",
        "Beijing said the arms sale sends the wrong signal to separatist forces on the island.",
        "deployment",
    ),
    ("received-a-letter", "Ukraine received a letter from Hungary about drones.", "military_aid"),
    (
        "keep-doing",
        "Analysts expect the Russian armed forces to keep pressing attacks through the winter.",
        "deployment",
    ),
    (
        "urged-to-station",
        "Warsaw's envoy praised the brigade and urged other allies to follow by stationing troops.",
        "deployment",
    ),
    (
        "missiles-fired",
        "Russia fired 60 missiles and 90 drones at Ukraine overnight.",
        "military_aid",
    ),
    ("tanks-into", "Israel sent tanks into the Jenin camp on Tuesday.", "military_aid"),
    ("ships-counted", "Kyiv said 15 ships and 300 tanks had been destroyed.", "military_aid"),
    (
        "we-asked-unknown",
        "We asked for calm, and we have asked Greece to reopen the border crossing.",
        "diplomatic_request",
    ),
    ("deny-aid", "Iran rejected reports that it was sending weapons to Yemen.", "military_aid"),
    (
        "not-aid",
        "Washington has not seen evidence that China is providing weapons to Russia.",
        "military_aid",
    ),
    ("no-presence", "Tehran said it has no military presence in Yemen.", "deployment"),
    ("may-send", "Zelensky warned that Russia may send those forces to Ukraine.", "deployment"),
    ("send-message", "The buildup is meant to send a clear message to Moscow.", "deployment"),
    (
        "considering",
        "Macron declined to say which nations were considering sending troops.",
        "deployment",
    ),
    (
        "request-noun",
        "France will only help at the request of elected governments.",
        "diplomatic_request",
    ),
    (
        "asked-about",
        "When asked about the troops, Austin declined to comment.",
        "diplomatic_request",
    ),
    (
        "urged-citizens",
        "Nepal urged its citizens not to join foreign armies.",
        "diplomatic_request",
    ),
    (
        "aid-requested",
        "Zelensky urged Western allies to send more air defence systems.",
        "military_aid",
    ),
    (
        "told-reporters",
        "Macron told reporters that France would keep its troops in Chad.",
        "diplomatic_request",
    ),
    ("package-includes", "The package includes missiles and other equipment.", "military_aid"),
    (
        "viral-claim-moves-no-forces",
        "A viral video claims that France has deployed soldiers to Ukraine.",
        "deployment",
    ),
    (
        "simulation-moves-no-forces",
        "In the simulation, China deployed troops to the island within days.",
        "deployment",
    ),
    ("historic-deployment", "In 1978, Israel sent troops into southern Lebanon.", "deployment"),
    (
        "general-news-urge",
        "Shareholders voted on the merger at the annual meeting.",
        "diplomatic_request",
    ),
]


# (id, text, every figure the text yields as (value, low, high, metric family))
EXACT_FIGURES = [
    (
        "and-n-more-of-anything-is-no-second-count",
        "The army has 4,000 soldiers at the base and plans to recruit 1,500 more.",
        {(4000, None, None, "troops")},
    ),
    (
        "freed-captives-of-a-people-are-no-force",
        "Ukraine said it had lost 120 soldiers near Pokrovsk. More than 5,700 Ukrainians have "
        "been brought home in exchanges since 2022.",
        {(120, None, None, "losses")},
    ),
    (
        "the-enemy-left-dead-and-we-captured",
        "The commander said the enemy left more than 200 dead on the field, and we captured 35.",
        {(None, 200, None, "losses"), (35, None, None, "losses")},
    ),
    (
        "the-other-side-count-against-a-loss-is-the-same-loss",
        "Monitors counted 340 Houthi fighters killed since January, against 95 government troops.",
        {(340, None, None, "losses"), (95, None, None, "losses")},
    ),
    (
        "men-set-off-after-reinforcements-count-them",
        "Reinforcements from the second echelon - 2 thousand 500 men - arrived at the front.",
        {(2500, None, None, "troops")},
    ),
    (
        "people-set-off-after-a-force-are-not-its-size",
        "Since fighting erupted between the army and the Rapid Support Forces, nearly 13 million "
        "people have been forced from their homes.",
        set(),
    ),
    (
        "annihilated-insurgents-are-losses",
        "The ministry said 52 insurgents had been annihilated over three days of fighting.",
        {(52, None, None, "losses")},
    ),
    (
        "wounded-the-army-reported-after-its-dead",
        "Twelve soldiers have been killed in the fighting, and the army has reported more than "
        "90 wounded.",
        {(12, None, None, "losses"), (None, 90, None, "losses")},
    ),
    (
        "troops-of-an-old-invasion-a-relative-clause-counts-are-history",
        "It is the largest build-up since the 1983 invasion of Grenada, which involved some "
        "7,000 American troops.",
        set(),
    ),
    (
        "a-singular-weak-noun-after-a-count-is-an-adjective",
        "The hearing follows testimony from four national security officials, including an "
        "Army officer.",
        set(),
    ),
    (
        "attackers-counted-in-a-clause-after-the-losses-are-no-losses",
        "Officials said 21 soldiers were killed when up to 600 rebels attacked the base.",
        {(21, None, None, "losses"), (None, None, 600, "troops")},
    ),
    (
        "ships-are-no-troop-figure",
        "China sent 24 warships and two aircraft carrier groups into the waters around Taiwan.",
        set(),
    ),
    (
        "men-a-loss-word-follows-far-off-are-not-losses",
        "By 2023 he led a company of about 120 men in the battle for Bakhmut, where he was "
        "wounded twice.",
        set(),
    ),
    (
        "the-size-of-a-routed-force-beside-a-loss-is-a-size",
        "N'Djamena said its troops killed 900 Libyan soldiers in routing a 4,000-strong force.",
        {(900, None, None, "losses"), (4000, None, None, "troops")},
    ),
    (
        "another-count-after-a-loss-is-the-next-loss",
        "The ministry said 60 soldiers were killed and another 35 captured near the pass.",
        {(60, None, None, "losses"), (35, None, None, "losses")},
    ),
    (
        "bare-counts-of-the-forces-just-named-listed-by-place",
        "The Pentagon says about 40,000 U.S. troops are deployed across the Middle East. Roughly "
        "2,500 are in Iraq and about 2,000 in Syria, according to defence officials.",
        {(40000, None, None, "troops"), (2500, None, None, "troops"), (2000, None, None, "troops")},
    ),
    (
        "bare-counts-of-something-else-are-no-figures",
        "Sales of the model rose sharply. Roughly 2,500 were sold in March and about 2,000 in May.",
        set(),
    ),
    (
        "soldiers-dead-civilians-wounded",
        "The attack left 12 soldiers dead and 40 civilians wounded, the army said.",
        {(12, None, None, "losses")},
    ),
    (
        "killed-n-wounded-m-both",
        "Ukrainian forces killed 40 Russian troops and wounded 120 near Kupiansk, the army said.",
        {(40, None, None, "losses"), (120, None, None, "losses")},
    ),
    (
        "died-with-wounded-both",
        "Seoul said at least 200 North Korean soldiers had died, with 2,500 wounded.",
        {(None, 200, None, "losses"), (2500, None, None, "losses")},
    ),
    (
        "loss-estimate-could-be-as-high-as",
        "Hezbollah thinks the number of its fighters killed this year could be as high as 3,500.",
        {(None, None, 3500, "losses")},
    ),
    (
        "killed-n-and-wounded-m-shared-noun",
        "Kyiv said its forces killed 40 and wounded 120 Russian soldiers near Kupiansk.",
        {(40, None, None, "losses"), (120, None, None, "losses")},
    ),
    (
        "a-claim-called-fabricated-stays-a-claim",
        "Kyiv accused Minsk of massing as many as 9,000 troops on the border, a claim Minsk "
        "called fabricated.",
        {(None, None, 9000, "troops")},
    ),
    (
        "sources-are-not-troops",
        "Hamas has 12,000 fighters, according to three people familiar with the matter.",
        {(12000, None, None, "troops")},
    ),
    (
        "units-losses-are-not-these-troops",
        "The new battalions number about 3,000 soldiers and will relieve units that took "
        "heavy losses, Kyiv said.",
        {(3000, None, None, "troops")},
    ),
    (
        "recruits-are-not-losses",
        "Hezbollah has recruited 5,000 new fighters, about as many as it has lost, Israel "
        "estimates.",
        {(5000, None, None, "troops")},
    ),
    (
        "sent-then-lost",
        "North Korean soldiers now fight for Russia. By Kyiv's count, roughly 11,000 of them "
        "went there, and officials say Pyongyang has lost over 3,000 killed and wounded.",
        {(11000, None, None, "troops"), (None, 3000, None, "losses")},
    ),
    (
        "of-those-killed-or-wounded-is-a-loss",
        "North Korea sent 12,000 soldiers to Russia, Seoul said. Of those, about 2,000 have "
        "been killed or wounded, Seoul said.",
        {(12000, None, None, "troops"), (2000, None, None, "losses")},
    ),
]


def _figures(text: str):
    return [e for e in extract_events(text) if (e.value, e.low, e.high) != (None, None, None)]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES])
def test_figure(text, want):
    for key in ("value", "low", "high"):
        want.setdefault(key, None)
    numbers = (want["value"], want["low"], want["high"])
    found = _figures(text)
    # every other figure in the text must be a different number (a second sentence's figure)
    same = [e for e in found if (e.value, e.low, e.high) == numbers]
    assert len(same) == 1, [e.to_dict() for e in found]
    got = same[0].to_dict()
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text", [c[1] for c in NO_FIGURES], ids=[c[0] for c in NO_FIGURES])
def test_no_figure(text):
    assert [e.to_dict() for e in _figures(text)] == []


@pytest.mark.parametrize(
    ("text", "etype", "want"), [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS]
)
def test_event(text, etype, want):
    events = [e.to_dict() for e in extract_events(text) if e.type == etype]
    assert any(all(e[k] == v for k, v in want.items()) for e in events), events


@pytest.mark.parametrize(
    ("text", "etype"), [c[1:] for c in NO_EVENTS], ids=[c[0] for c in NO_EVENTS]
)
def test_no_event(text, etype):
    assert [e.to_dict() for e in extract_events(text) if e.type == etype] == []


def _family(metric: str | None) -> str:
    return "troops" if metric in (None, "troops") else "losses"


@pytest.mark.parametrize(
    ("text", "want"), [c[1:] for c in EXACT_FIGURES], ids=[c[0] for c in EXACT_FIGURES]
)
def test_exact_figures(text, want):
    got = {(e.value, e.low, e.high, _family(e.metric)) for e in _figures(text)}
    assert got == want


def test_the_table_has_at_least_150_cases():
    assert len(FIGURES) + len(NO_FIGURES) + len(EVENTS) + len(NO_EVENTS) >= 150


def test_offsets_locate_the_evidence_sentence():
    text = "Nothing happened on Monday.\n\nKyiv said 4,000 Russian troops arrived in Belarus."
    events = extract_events(text)
    assert [e.type for e in events] == ["intelligence_estimate", "deployment"]
    for event in events:
        assert text[event.start : event.end] == event.sentence
        assert event.sentence.startswith("Kyiv said")


# Which events a figure's sentence states. One party's count of another's forces or losses is
# an intelligence_estimate; forces sent, stationed or counted abroad are a deployment (beside the
# estimate, without repeating its figure); a side's report of its own strength or dead and an
# unattributed count are figures with no event type (None).
FIGURE_EVENT_TYPES = [
    (
        "own-dead",
        "Armenia's defence ministry said nine of its soldiers were killed overnight.",
        [None],
    ),
    (
        "own-wounded",
        "Georgia's interior ministry reported that 14 Georgian soldiers were wounded.",
        [None],
    ),
    ("own-lost", "The Pakistani army said it had lost 11 soldiers in the raid.", [None]),
    ("own-strength", "Poland's army now has 190,000 soldiers, the defence minister said.", [None]),
    ("bare-count", "The brigade has about 2,500 soldiers.", [None]),
    ("bare-dead", "At least 40 soldiers died in the ambush on Tuesday.", [None]),
    (
        "enemy-dead",
        "Ukraine's general staff said 1,300 Russian soldiers were killed in the past day.",
        ["intelligence_estimate"],
    ),
    (
        "enemy-strength",
        "Israeli officials estimate that Hamas still has about 20,000 fighters.",
        ["intelligence_estimate"],
    ),
    (
        "estimate-and-presence",
        "Estonian intelligence says roughly 6,000 Russian troops are stationed in Belarus.",
        ["intelligence_estimate", "deployment"],
    ),
    (
        "estimate-and-massing",
        "India says 4,000 Chinese soldiers have massed along the disputed border.",
        ["intelligence_estimate", "deployment"],
    ),
    ("own-abroad", "Kenya has about 3,000 troops serving in Somalia.", ["deployment"]),
    (
        "state-run-group-abroad",
        "Wagner has about 1,500 fighters in Libya, French officials said.",
        ["intelligence_estimate", "deployment"],
    ),
    (
        "rebels-at-home-are-not-deployed",
        "Al-Shabaab still commands between 6,000 and 9,000 fighters in Somalia, according to UN "
        "experts.",
        ["intelligence_estimate"],
    ),
    ("own-sent", "Chad's government said it had sent 1,200 soldiers to Niger.", ["deployment"]),
    ("in-the-mission", "Burundi has some 2,000 soldiers in the mission.", ["deployment"]),
    (
        "in-a-multi-country-region",
        "France still keeps about 2,500 soldiers in the Sahel.",
        ["deployment"],
    ),
    (
        "subject-before-an-apposition",
        "Rwanda, a close ally of Kampala, has 4,000 troops in eastern Congo, UN experts say.",
        ["intelligence_estimate", "deployment"],
    ),
    (
        "hired",
        "The junta hired roughly 1,000 Wagner fighters to guard its gold mines.",
        ["deployment"],
    ),
    # losses a side inflicts are its count of the enemy's: an estimate, whoever the victims are
    (
        "killed-generic-enemies",
        "Kenya's defence forces said their troops had killed 23 militants near Lamu.",
        ["intelligence_estimate"],
    ),
    (
        "passive-generic-enemies",
        "Eighteen insurgents were killed in the raid, Mozambique's army said on Friday.",
        ["intelligence_estimate"],
    ),
    (
        "group-claims-soldiers-killed",
        "The rebel group M23 claimed to have killed 40 soldiers near Sake in eastern Congo.",
        ["intelligence_estimate"],
    ),
]


@pytest.mark.parametrize(
    ("text", "types"),
    [c[1:] for c in FIGURE_EVENT_TYPES],
    ids=[c[0] for c in FIGURE_EVENT_TYPES],
)
def test_the_events_a_figure_states(text, types):
    events = extract_events(text)
    assert [e.type for e in events] == types, [e.to_dict() for e in events]
    assert sum(e.value is not None or e.low is not None for e in events) == 1  # stated once


SUPERSEDED = [
    (
        "up-from",
        "Seoul's spy agency now puts the North Korean contingent in Russia at about 15,000 "
        "soldiers, up from 11,000 in its autumn briefing, lawmakers said.",
        15000,
        11000,
    ),
    (
        "down-from",
        "Ukraine's general staff said some 40,000 Russian troops were left near Kupiansk, "
        "down from 55,000 in the spring.",
        40000,
        55000,
    ),
    (
        "previous-estimate",
        "Britain's defence ministry now estimates that 9,000 Wagner fighters are in Belarus, "
        "against a previous estimate of 6,000 soldiers.",
        9000,
        6000,
    ),
]


@pytest.mark.parametrize(
    ("text", "current", "old"), [c[1:] for c in SUPERSEDED], ids=[c[0] for c in SUPERSEDED]
)
def test_a_superseded_figure_is_not_reported_beside_the_current_one(text, current, old):
    values = {e.value for e in _figures(text)}
    assert current in values
    assert old not in values


@pytest.mark.parametrize("word", ["thirteen", "seventeen", "nineteen", "thirty-one", "forty-seven"])
def test_a_count_spelled_with_any_number_word_passes_the_prefilter(word):
    text = f"{word.capitalize()} Ukrainian soldiers were killed in the strike, the army said."
    assert [e.metric for e in _figures(text)] == ["killed"]


def test_a_number_after_another_verb_does_not_borrow_the_force_noun():
    text = "Russia keeps 5,000 troops there and spends 300 million on them."
    assert [e.value for e in _figures(text)] == [5000]


def test_others_after_a_count_of_enemies_are_more_of_the_same_enemies():
    text = "Chad's army said it neutralised 31 jihadists and arrested 12 others near the lake."
    got = [(e.type, e.metric, e.value, e.subject, e.source) for e in _figures(text)]
    assert got == [  # one estimate stating two figures
        ("intelligence_estimate", "killed", 31, "militants", "Chad"),
        (None, "captured", 12, "militants", "Chad"),
    ]


def test_one_claim_of_two_figures_is_one_estimate_and_two_figures():
    text = "Ukraine's military intelligence said 1,100 North Korean soldiers had been killed and "
    text += "some 3,000 wounded."
    got = [(e.type, e.metric, e.value, e.source) for e in _figures(text)]
    assert got == [
        ("intelligence_estimate", "killed", 1100, UA),
        (None, "wounded", 3000, UA),
    ]


def test_deployments_to_two_places_in_one_sentence_are_two_events():
    text = "Roughly 2,500 US troops are in Iraq and about 2,000 in Syria, the Pentagon said."
    assert [(e.type, e.location) for e in _figures(text)] == [
        ("deployment", "Iraq"),
        ("deployment", "Syria"),
    ]


def test_a_second_request_joined_by_and_is_its_own_event():
    text = (
        "Germany's foreign minister urged Serbia to pull back its troops and called on Kosovo "
        "to remove its special police from the north."
    )
    got = [(e.actor, e.target) for e in extract_events(text) if e.type == "diplomatic_request"]
    assert got == [("Germany", "Serbia"), ("Germany", "Kosovo")]


def test_a_bare_verb_after_and_is_the_content_of_the_request():
    text = "Brussels asked Beijing to use its influence and encourage Moscow to negotiate."
    got = [(e.actor, e.target, e.third_party) for e in extract_events(text)]
    assert got == [("European Union", "China", "Russia")]


def test_each_party_of_a_joint_request_is_an_actor():
    text = "Britain and the Netherlands have urged Serbia to pull its troops back from the border."
    got = [(e.actor, e.target) for e in extract_events(text) if e.type == "diplomatic_request"]
    assert got == [("United Kingdom", "Serbia"), ("Netherlands", "Serbia")]


def test_we_in_a_brief_under_a_letterhead_is_its_author():
    text = (
        "Sahel Outlook, 3 March 2026\n\n"
        "Harmattan Security Research Group | Weekly assessment\n\n"
        "We estimate that JNIM now fields between 6,000 and 7,500 fighters across central Mali.\n"
    )
    got = [(e.low, e.high, e.source) for e in _figures(text)]
    assert got == [(6000, 7500, "Harmattan Security Research Group")]


def test_a_bulletins_unattributed_figure_stays_the_outlets():
    text = (
        "Baltic security digest\n\n"
        "Nordic Defence Monitor - Weekly digest - 12 May 2026\n\n"
        "About 1,200 German soldiers are now stationed in Lithuania.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(1200, None)]


def test_an_official_answer_states_its_own_figures():
    text = (
        "Overseas deployments (written question 5521)\n\n"
        "Answered by Maria Lund, Minister of Defence, on 4 June 2026\n\n"
        "Roughly 350 Danish personnel serve in Latvia with the Canadian-led brigade. Denmark "
        "keeps its commitment under review.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(350, "Denmark")]


def test_a_statement_named_in_the_body_does_not_make_the_article_its_authors():
    text = (
        "Border clashes resume\n\n"
        "Shelling continued overnight, a statement by Armenia's Defence Ministry says.\n\n"
        "About 600 Azerbaijani soldiers have been moved to the border area.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(600, None)]


def test_an_interviewees_we_is_the_party_the_headline_names():
    text = (
        '"Our brigades are at full strength": an interview with Estonia\'s defence chief\n\n'
        "How many Russian troops face you today?\n"
        "We estimate that about 6,000 Russian soldiers are stationed near our border.\n"
        "Our wartime strength is 43,000 soldiers.\n"
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(6000, "Estonia"), (43000, "Estonia")]


def test_a_briefing_transcripts_we_is_the_briefing_party():
    text = (
        "Transcript: Pentagon press secretary briefs on force posture in Iraq\n\n"
        "MR. KEMP: Right now we have approximately 2,400 personnel in Iraq.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(2400, "United States")]


def test_us_in_capitals_is_not_a_first_person_speaker():
    text = (
        "Asia Security Monitor - Weekly bulletin - 2 May 2026\n\n"
        "About 8,000 US troops and 4,000 Filipino soldiers are taking part in the drills.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(8000, None), (4000, None)]


def test_a_letterhead_names_its_body_in_any_segment_but_not_its_bulletin():
    text = (
        "Southern Flank Weekly: little change on the front\n\n"
        "Southern Flank Weekly | Issue 12 | Danube Institute for Strategic Studies\n\n"
        "We estimate ~45k Russian personnel are deployed in the Zaporizhzhia direction.\n"
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(45000, "Danube Institute for Strategic Studies")]


def test_the_minister_is_the_official_introduced_with_that_title():
    text = (
        "Committee hears minister on the brigade\n\n"
        "The defence committee on Tuesday heard Defence Minister Boris Pistorius on the new "
        "brigade in Lithuania. According to the minister, the brigade now has about 2,100 "
        "soldiers in Lithuania.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(2100, "Germany")]


def test_a_question_and_answer_interviews_answers_speak_for_the_side_introduced():
    text = (
        "'The river is quiet for now': a brigade commander on the Dniester\n\n"
        "Col. Ion Rusu commands the Moldovan battalion watching the Dniester crossings. "
        "We met him at his post near Dubasari.\n\n"
        "Q: How many soldiers do you have here?\n"
        "A: Today our troops number about 1,400 along this section.\n\n"
        "Q: And on the other bank?\n"
        "A: We count roughly 1,500 Russian soldiers in Transnistria.\n"
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(1400, "Moldova"), (1500, "Moldova")]


def test_an_official_of_a_family_name_first_state_is_known_by_the_first_word():
    text = (
        "Beijing hits back at Washington\n\n"
        "BEIJING -- Chinese Ministry of National Defense spokesperson Wu Lei on Friday rejected "
        "the report. The U.S. military keeps about 600 military trainers on the island, Wu said.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(600, "China")]


def test_the_agency_a_lawmaker_cites_is_the_intelligence_service_named_before():
    text = (
        "Spy agency raises its estimate\n\n"
        "SEOUL -- About 11,000 North Korean soldiers remain in Russia, the National "
        "Intelligence Service said on Tuesday.\n\n"
        "A lawmaker on the intelligence committee, who attended the closed briefing, said the "
        "agency estimated that about 2,500 of them had been killed.\n"
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(11000, SK), (2500, SK)]


def test_the_junta_asked_to_act_is_the_state_the_article_is_about():
    text = (
        "Bloc presses generals\n\n"
        "Myanmar's generals have ignored a peace plan for four years. Fighting in Myanmar's "
        "Shan state has displaced thousands. Indonesia again urged the junta to allow aid "
        "convoys into Lashio.\n"
    )
    got = [(e.actor, e.target) for e in extract_events(text) if e.type == "diplomatic_request"]
    assert got == [("Indonesia", "Myanmar")]


def test_a_union_calling_on_the_government_is_no_diplomatic_request():
    text = (
        "Union wants wage rise\n\n"
        "The Trades Union Congress is calling on the government to raise the minimum wage. "
        "TUC leader Paul Nowak called for a pay rise of 5%.\n"
    )
    assert [e for e in extract_events(text) if e.type == "diplomatic_request"] == []


def test_a_states_losses_listed_as_participles_after_a_colon():
    text = (
        "Kyiv counts the cost\n\n"
        "The president said Russian losses were far higher: nearly 180,000 killed and around "
        "400,000 wounded.\n"
    )
    got = [(e.value, e.metric, e.subject) for e in _figures(text)]
    assert got == [(180000, "killed", RU), (400000, "wounded", RU)]


def test_a_bare_number_answering_how_many_troops_counts_them():
    text = (
        "Q: How many US troops are still in Iraq?\n\nA: About 2,500, according to the Pentagon.\n"
    )
    got = [(e.value, e.metric, e.subject, e.source) for e in _figures(text)]
    assert got == [(2500, "troops", US, US)]


def test_a_hearing_witness_answers_for_the_side_the_transcript_is_with():
    text = (
        "Hearing transcript: US Africa Command posture\n\n"
        "SEN. LEE: How many American personnel are in Niger right now?\n\n"
        "GEN. WARD: Fewer than 600, senator.\n"
    )
    got = [(e.high, e.qualifier, e.subject, e.source) for e in _figures(text)]
    assert got == [(600, "at_most", US, US)]


def test_a_count_after_a_question_about_anything_but_forces_is_no_figure():
    assert _figures("How many people attended the rally? About 5,000, police said.") == []


def test_an_interview_answers_for_the_body_of_the_person_asked():
    text = (
        "Interview: the future of KFOR\n\n"
        "As NATO debates its Balkan posture, we asked Ana Petrova of the Balkan Security "
        "Institute what comes next.\n"
        "Q: How many troops does KFOR have in Kosovo now?\n"
        "A: Roughly 4,600, and more arrived after the unrest.\n"
        "Q: Will that grow?\n"
        "A: Probably not this year.\n"
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(4600, "Balkan Security Institute")]


def test_a_projected_total_of_an_estimate_stays_a_figure():
    text = (
        "Budanov said Russia had about 600,000 troops in the war and could raise that to "
        "700,000 by December."
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(600000, UA), (700000, UA)]


def test_a_force_created_a_few_years_ago_is_counted_today():
    text = "The force, created three years ago, now has 5,000 troops in the region."
    assert [e.value for e in _figures(text)] == [5000]


def test_the_history_long_ago_carries_into_the_next_sentence():
    text = (
        "Seventy years ago this month, about 90,000 French troops were encircled at the "
        "fortress. The evacuation that followed carried some 60,000 soldiers to the coast."
    )
    assert _figures(text) == []


def test_losing_money_is_no_loss_of_soldiers():
    text = (
        "Kenya, a major contributor, has more than 3,000 soldiers in UN missions and stands to "
        "lose millions of dollars."
    )
    assert [(e.low, e.metric) for e in _figures(text)] == [(3000, "troops")]


def test_reinforcements_are_counted():
    text = "Russia sent 5,000 reinforcements to the front, Kyiv said."
    assert [(e.value, e.subject, e.source) for e in _figures(text)] == [(5000, RU, UA)]


def test_a_bare_count_of_more_after_a_force_counted_before():
    text = "About 800 US troops are in Niger. Perhaps 1,000 more are spread across its neighbours."
    assert [(e.value, e.subject) for e in _figures(text)] == [(800, US), (1000, US)]


def test_a_total_including_reinforcements_counts_the_force_named_before():
    text = (
        "The deployment of North Korean troops to Russia, which Washington estimates has grown "
        "to around 14,000 including reinforcements, worries Seoul."
    )
    assert [(e.value, e.subject, e.source) for e in _figures(text)] == [(14000, NK, US)]


def test_an_armed_groups_payroll_counts_its_people():
    text = "Hezbollah has about 40,000 people on its payroll, a think tank estimates."
    assert [(e.value, e.subject) for e in _figures(text)] == [(40000, "Hezbollah")]
    assert _figures("The ministry has 40,000 people on its payroll, the budget shows.") == []


def test_a_running_total_since_a_year():
    text = (
        "The army said it lost 90 soldiers yesterday, bringing the total it reports since 2023 "
        "to 12,400."
    )
    assert [(e.value, e.metric) for e in _figures(text)] == [(90, "killed"), (12400, "killed")]


def test_a_range_from_a_year_shaped_number_to_a_count():
    text = "Russia has between 2000 and 3,000 troops there."
    assert [(e.low, e.high, e.qualifier) for e in _figures(text)] == [(2000, 3000, "range")]


def test_it_put_at_a_number_is_the_force_named_before():
    text = (
        "Estimates of Chad's army vary; the Sahel Defence Institute put it at about 35,000 last "
        "year."
    )
    got = [(e.value, e.subject, e.source) for e in _figures(text)]
    assert got == [(35000, "Chad", "Sahel Defence Institute")]
    assert _figures("Inflation is high in Chad; economists put it at 30 percent.") == []


DIGEST = (
    "Evening briefing\n\n"
    "Kenya to send 400 more police officers to Haiti, Nairobi confirms\n"
    "Mali: army says 45 militants killed near Gao; JNIM denies losses\n"
    "Colombia: ELN has 3,000 fighters, army intelligence estimates\n"
    "Compiled by the desk.\n"
)


def test_a_digest_of_headlines_is_one_item_per_line():
    got = [(e.value, e.sentence) for e in _figures(DIGEST)]
    assert [value for value, _ in got] == [400, 45, 3000]
    assert all("\n" not in sentence for _, sentence in got)


def test_a_digest_items_country_label_owns_its_unnamed_army():
    got = [(e.value, e.source) for e in _figures(DIGEST)]
    assert got == [(400, "Kenya"), (45, "Mali"), (3000, "Colombia")]


def test_hard_wrapped_prose_is_still_joined_across_its_line_ends():
    text = (
        "Troops mass on the border\n\n"
        "Russia has moved about 20,000\n"
        "troops to the border with\n"
        "Finland, the Finnish defence\n"
        "ministry said on Monday.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(20000, "Finland")]


def test_a_written_statement_made_by_a_minister_owns_its_figures():
    text = (
        "Written statement: Update on UK forces in Estonia\n\n"
        "Statement made on 3 March 2026\n"
        "Made by: The Secretary of State for Defence (John Healey)\n"
        "The United Kingdom leads NATO's battlegroup in Estonia. About 900 British personnel are "
        "currently deployed there, and the UK will keep them there through 2027, as the UK "
        "promised at the summit.\n"
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(900, UK)]


def test_official_figures_of_a_states_own_losses_are_its_claim():
    text = "Ukraine's total military death toll stands at more than 40,000, according to official figures."
    assert [(e.low, e.source) for e in _figures(text)] == [(40000, UA)]
    text = "Hamas has about 20,000 fighters, according to official figures."
    assert [(e.value, e.source) for e in _figures(text)] == [(20000, None)]


def test_translated_copy_informed_the_minister_is_the_minister_saying():
    text = (
        "CARACAS, 12 November 2025 (ACN). The FANB has activated 210.000 effectives in a massive "
        "deployment, informed the Minister of Defence, Vladimir Padrino Lopez, in a broadcast."
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(210000, "Venezuela")]


def test_a_body_whose_name_holds_a_place_is_named_whole():
    text = (
        "Nigeria's army has about 230,000 personnel, according to the West Africa Defence Review."
    )
    assert [(e.value, e.source) for e in _figures(text)] == [(230000, "West Africa Defence Review")]
    text = "The Sahel Security Review estimates JNIM has 6,000 fighters."
    assert [(e.value, e.source) for e in _figures(text)] == [(6000, "Sahel Security Review")]


def test_a_ministers_first_person_request_in_a_written_statement():
    text = (
        "Written statement: Update on Ukraine\n\n"
        "Made by: The Secretary of State for Defence (John Healey)\n"
        "The United Kingdom has sent more aid. I urge the Government of Hungary to lift its "
        "block on reimbursements to Ukraine, as the UK has said.\n"
    )
    got = [(e.actor, e.target) for e in extract_events(text) if e.type == "diplomatic_request"]
    assert got == [(UK, "Hungary")]


def test_a_call_on_all_sides_after_and_is_part_of_the_first_request():
    text = (
        "The foreign ministers of France and Italy urged the Houthis to cease their attacks and "
        "called on all sides to avoid an escalation."
    )
    got = {e.target for e in extract_events(text) if e.type == "diplomatic_request"}
    assert got == {"Houthis"}


def test_an_answer_counts_forces_in_the_place_the_question_asked_about():
    text = (
        "Hearing transcript: US Africa Command posture\n\n"
        "SEN. LEE: How many American personnel are in Niger right now?\n\n"
        "GEN. WARD: Fewer than 600, senator.\n"
    )
    got = [(e.type, e.actor, e.location, e.high) for e in _figures(text)]
    assert got == [("deployment", US, "Niger", 600)]


def test_according_to_a_metonym_is_a_source_not_a_place():
    text = "Germany's brigade in Lithuania now counts around 1,900 soldiers, according to the Bundeswehr."
    got = [(e.type, e.location, e.source) for e in _figures(text)]
    assert got == [("deployment", "Lithuania", "Germany")]


def test_a_condition_on_the_future_leaves_a_present_force_standing():
    text = "If the ceasefire holds, the 5,000 Kenyan troops in Haiti will stay, Nairobi said."
    assert [(e.value, e.subject) for e in _figures(text)] == [(5000, "Kenya")]


def test_a_list_item_naming_only_the_next_owner():
    text = (
        "Force sizes at a glance:\n"
        "- Armenia's armed forces: about 45,000 active personnel, according to the Caucasus "
        "Defence Monitor.\n"
        "- Azerbaijan's: roughly 65,000, the same source estimates.\n"
    )
    got = [(e.value, e.subject, e.source) for e in _figures(text)]
    monitor = "Caucasus Defence Monitor"
    assert got == [(45000, "Armenia", monitor), (65000, "Azerbaijan", monitor)]


def test_military_as_a_plural_noun_in_translated_copy():
    text = (
        "In the Kursk region are located approximately 11 thousand military of the DPRK, who "
        "guard the border, the Ukrainian intelligence said."
    )
    assert [(e.value, e.subject, e.source) for e in _figures(text)] == [(11000, NK, UA)]
    assert _figures("The army bought 300 military trucks.") == []


def test_a_baseline_decades_ago_leaves_the_current_figure_standing():
    text = (
        "South Korea's white paper puts total active-duty strength at about 450,000, down from "
        "more than 600,000 two decades ago."
    )
    assert [e.value for e in _figures(text)] == [450000]


def test_a_military_strength_put_at_a_number():
    text = "Kyiv puts Russia's fighting strength at about 600,000."
    assert [(e.value, e.subject, e.source) for e in _figures(text)] == [(600000, RU, UA)]
    assert _figures("The dollar's strength at 1.30 hurt exporters.") == []


def test_a_running_total_since_a_month_and_year():
    text = (
        "Russia lost 1,140 personnel over the past day, Ukraine's General Staff said, bringing "
        "the total it claims since February 2022 to 1,158,470."
    )
    assert [e.value for e in _figures(text)] == [1140, 1158470]


def test_attackers_count_only_as_losses():
    text = "Sudan's army said it had repelled an assault on Babanusa, killing about 250 of the attackers."
    assert [(e.value, e.metric, e.source) for e in _figures(text)] == [(250, "killed", "Sudan")]
    assert _figures("The coach brought on two attackers as his battalion of fans roared.") == []


def test_a_post_quoted_after_its_author_and_platform():
    text = (
        'TAIPEI - Defence Minister Wellington Koo, on Facebook: "More than 10,000 of our '
        'personnel have been deployed to coastal positions."'
    )
    assert [(e.low, e.source) for e in _figures(text)] == [(10000, "Taiwan")]


def test_the_experts_are_those_quoted_before_with_that_noun():
    text = (
        "Rwanda has 4,000 soldiers in Congo, according to a report by United Nations experts. "
        "Kigali denies having troops in Congo and says it took defensive measures. Burundi, which "
        "backs Kinshasa, has about 10,000 troops in South Kivu, the experts estimate."
    )
    got = [(e.value, e.source) for e in _figures(text)]
    assert got == [(4000, "United Nations"), (10000, "United Nations")]


def test_an_unnamed_minister_in_a_datelined_opening_is_the_datelines_state():
    text = "KYIV, March 3 - Russia has about 600,000 troops in Ukraine, the defence minister said."
    assert [(e.value, e.subject, e.source) for e in _figures(text)] == [(600000, RU, UA)]


def test_a_who_clause_speaks_for_its_antecedent_never_for_a_name_after_its_verb():
    text = (
        "The Russian Africa Corps has sent new units to central Mali, according to security "
        "sources, who evaluate the total of Russian personnel in Mali at around 2 500 men since "
        "the departure of the Wagner group in June."
    )
    (figure,) = _figures(text)
    assert figure.value == 2500 and figure.source != "Wagner Group"


def test_a_spy_agency_cited_as_source_is_not_the_owner_of_the_forces():
    text = "According to the NIS, about 2,000 more troops were shipped to Russia's Far East."
    assert [e.subject for e in _figures(text)] != ["South Korea"]


def test_a_military_cited_as_source_counts_its_own_dead():
    text = "According to the Israeli military, 405 soldiers have been killed in Gaza."
    assert [(e.subject, e.metric) for e in _figures(text)] == [("Israel", "killed")]


def test_the_ministry_recalls_its_defence_ministry_named_by_a_pronoun():
    text = (
        "Moscow does not publish its own losses. Its defence ministry said Ukraine had lost 900 "
        "servicemen in a day. The ministry also claimed that Ukraine had lost 30,000 troops in "
        "the Kursk region."
    )
    assert [e.source for e in _figures(text)] == [RU, RU]


def test_soldiers_counted_after_a_quoted_number_are_not_the_speaker():
    text = (
        "Valery Gerasimov, Russia's chief of the General Staff, spoke on Monday. Russian units "
        'took prisoner "more than 400" Ukrainian servicemen, the chief of the General Staff added.'
    )
    assert [e.source for e in _figures(text)] == [RU]


def test_a_bare_count_killed_by_a_strike_is_not_the_soldiers_just_counted():
    events = extract_events("Israel said 3 soldiers were killed, and the strike killed 40 in Gaza.")
    assert sorted(e.value for e in events if e.value) == [3]


def test_a_repeated_event_keeps_its_figure_and_says_nothing_twice():
    from pipeline.extract.engine import _one_estimate_per_claim
    from pipeline.extract.model import Event

    def deployment(value):
        return Event("deployment", "s", 0, 1, actor="Chad", location="Niger", value=value)

    bare, counted, more = deployment(None), deployment(1200.0), deployment(300.0)
    kept = _one_estimate_per_claim([bare, counted, more])
    assert [(e.type, e.value) for e in kept] == [("deployment", 1200.0), (None, 300.0)]
    assert more.extra["figure_of"] == "deployment"


def test_a_transcript_label_of_a_surname_is_the_person_introduced_above():
    text = (
        "Transcript: briefing on the exercise\n\n"
        "Speaker: Colonel Ilse Varga, spokesperson, Supreme Headquarters Allied Powers Europe.\n\n"
        "COL. VARGA: Around 6,000 troops from seven allies have deployed to Latvia for the "
        "exercise.\n"
    )
    assert [e.source for e in _figures(text)] == ["NATO"]


def test_a_one_word_label_is_the_official_named_with_his_state_above():
    text = (
        "Press conference in Berlin with Ukraine's defence minister, Rustem Umerov.\n\n"
        "UMEROV: About 600,000 Russian troops are now in Ukraine.\n"
    )
    assert [e.source for e in _figures(text)] == [UA]


def test_a_correspondent_labelled_in_a_transcript_is_the_outlets_voice():
    text = (
        "HOST: Joining us from Kyiv is our correspondent, Ana Ruiz. Ana?\n\n"
        "RUIZ: Russia has about 600,000 troops in Ukraine.\n"
    )
    assert [e.source for e in _figures(text)] != [UA]


def test_the_army_after_a_time_phrase_is_the_articles_army_not_the_last_state_quoted():
    text = (
        "Sudan's war pits the Sudanese Armed Forces against the RSF. Sudan has lost control of "
        "Darfur. U.S. officials say the RSF has over 100,000 fighters. In March the army said it "
        "had killed more than 2,000 RSF fighters."
    )
    assert [e.source for e in _figures(text) if e.value is None and e.low == 2000] == ["Sudan"]


def test_the_military_recalls_the_last_military_body_that_spoke():
    text = (
        "RAWALPINDI: Eleven soldiers were killed in India's strikes, the Inter-Services Public "
        "Relations said. The military's media wing said 78 others were injured in the Indian "
        "attacks."
    )
    assert {e.source for e in _figures(text)} == {"Pakistan"}


def test_a_bare_count_the_number_is_closer_to_continues_the_force_counted():
    text = (
        "Seoul says about 10,000 North Korean troops are in Russia. President Zelensky says the "
        "number is closer to 12,000."
    )
    assert [(e.value, e.subject) for e in _figures(text)][-1] == (12000, NK)


def test_a_think_tanks_brief_states_its_own_figures_in_its_bullets():
    text = (
        "Russia's losses\n\nCSIS Brief | June 2025\n\nKey findings\n"
        "• Ukraine has suffered close to 400,000 casualties since February 2022.\n"
    )
    assert [e.source for e in _figures(text)] == ["Center for Strategic and International Studies"]


def test_an_interviewee_at_an_institute_in_a_capital_speaks_for_the_institute():
    text = (
        "Q&A: the Russian base\n\nWe spoke with Ana Petrosyan, a senior fellow at the Ararat "
        "Institute in Yerevan.\n\nQ: How many Russian troops are in Armenia?\n\n"
        "A: We assess that about 3,000 Russian servicemen remain at the base.\n\n"
        "Q: Will they leave?\n\nA: Not soon.\n"
    )
    assert [e.source for e in _figures(text)] == ["Ararat Institute"]


def test_a_speaker_of_a_later_clause_with_words_of_his_own_does_not_claim_the_figure():
    text = (
        "About 28,500 US troops are stationed in South Korea, and their commander has said "
        "their posture must adapt to China."
    )
    assert [e.source for e in _figures(text)] == [None]


def test_it_after_a_count_comes_from_a_body_is_that_body():
    text = (
        "The most careful count comes from Mediazona, an independent Russian outlet. This week "
        "it confirmed the names of 91,000 Russian servicemen killed in the war."
    )
    assert [e.source for e in _figures(text)] == ["Mediazona"]


def test_officials_later_in_a_sentence_a_state_speaks_in_are_that_states():
    text = (
        "BEIRUT (AC) - The Pentagon says about 2,000 U.S. troops are in Syria, though officials "
        "told reporters the number would fall below 1,000 soon."
    )
    assert {e.source for e in _figures(text)} == {US}


def test_its_soldiers_are_the_speakers_not_a_country_in_a_place_phrase_before():
    text = (
        "On the Armenia-Azerbaijan border, Azerbaijan's defence ministry says one of its soldiers "
        "was wounded by sniper fire."
    )
    assert [(e.subject, e.metric) for e in _figures(text)] == [("Azerbaijan", "wounded")]


def test_each_numbered_item_of_a_digest_is_its_own_story():
    text = (
        "Morning Digest\n\nHere are today's stories.\n\n"
        "1. Kyiv's tally climbs\n"
        "Ukraine's General Staff said Russia's losses had reached 1,050,000 killed and wounded.\n\n"
        "2. Army sends peacekeepers\n"
        "A contingent of about 750 Indian Army personnel left for South Sudan, the Army said.\n"
    )
    found = {e.value: e.source for e in _figures(text)}
    assert found[750] == "India"


def test_we_under_a_spokesperson_label_in_a_briefing_transcript_is_the_datelines_state():
    text = (
        "Ministry spokesperson answers questions\n\n"
        "BEIJING, March 28 (Huaxia) -- The following is a partial transcript of the regular "
        "press conference.\n\n"
        "Question: What is your comment on the arms sale?\n\n"
        "Spokesperson: We urge the U.S. side to stop arming Taiwan.\n"
    )
    found = [e for e in extract_events(text) if e.type == "diplomatic_request"]
    assert [(e.actor, e.target) for e in found] == [("China", US)]


def test_an_anniversary_piece_tells_history():
    text = (
        "Veterans' families gather for 80th anniversary of the river crossing\n\n"
        "Several hundred people gathered at the bridge on Sunday. Speakers recalled that more "
        "than 2,000 soldiers were killed in the crossing, along with about 900 defenders.\n"
    )
    assert _figures(text) == []


def test_a_headline_that_counts_beside_an_anniversary_reports_the_present():
    text = (
        "NPA down to 1,200 fighters as rebels mark 56th anniversary\n\n"
        "The military said the New People's Army is down to about 1,200 armed regulars.\n"
    )
    assert [e.value for e in _figures(text)] == [1200]


# Texts of several lines and the claimants of their figures, in order.
SOURCES_OF_TEXTS = [
    (
        "a-transcript-guest-from-a-body-with-a-particle-in-its-name-speaks-for-it",
        (
            "Panel transcript\n\nThe guests are Samir Aziz of the Bab el-Sharq Policy Centre in "
            "Beirut and Lena Roth, a retired diplomat.\n\n"
            "SAMIR AZIZ: Our estimate is that Hezbollah still has 20,000 to 25,000 fighters.\n"
        ),
        ["Bab el-Sharq Policy Centre"],
    ),
    (
        "the-next-guest-after-and-is-not-part-of-the-first-guests-body",
        (
            "Panel transcript\n\nThe guests are Min Thu of the Irrawaddy Institute for Security "
            "Research and Clara Weiss, a former UN official.\n\n"
            "MIN THU: Our estimate is that the Arakan Army has 30,000 to 40,000 fighters.\n"
        ),
        ["Irrawaddy Institute for Security Research"],
    ),
    (
        "a-dateline-below-a-bullet-summary-places-the-summarys-unnamed-speaker",
        (
            "Army says 30 Pakistani soldiers killed\n\nKEY POINTS\n"
            "- The Army says 30 Pakistan Army soldiers were killed along the Line of Control.\n\n"
            "NEW DELHI: The Army on Sunday gave its first account of the four days of fighting.\n"
        ),
        ["India"],
    ),
]


@pytest.mark.parametrize(
    ("text", "sources"),
    [c[1:] for c in SOURCES_OF_TEXTS],
    ids=[c[0] for c in SOURCES_OF_TEXTS],
)
def test_the_claimants_of_a_texts_figures(text, sources):
    assert [e.source for e in _figures(text)] == sources
