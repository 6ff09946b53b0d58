/// Organizations, groups, places and agreements the lexicon knows by name, one per
/// line: `Type|Label|Wikidata|aliases` (aliases separated by `;`; an alias written
/// in capitals matches only capitalised text).
enum ActorTable {
    static let rows = """
    Organization|United Nations|Q1065|UN;U.N.;United Nations Organization
    Organization|UN Security Council|Q37470|United Nations Security Council;U.N. Security Council;Security Council;UNSC
    Organization|United Nations General Assembly|Q47423|UN General Assembly;U.N. General Assembly;General Assembly;UNGA
    Organization|UN Human Rights Council|Q210697|United Nations Human Rights Council;Human Rights Council
    Organization|NATO|Q7184|North Atlantic Treaty Organization;Nato;North Atlantic Alliance
    Organization|European Union|Q458|EU;E.U.;Brussels
    Organization|European Commission|Q8880|
    Organization|European Council|Q8896|
    Organization|Council of the European Union|Q8886|EU Council
    Organization|European Central Bank|Q8901|ECB
    Organization|European Court of Human Rights|Q122880|ECHR
    Organization|European Parliament|Q8889|
    Organization|Council of Europe|Q8908|
    Organization|Arab League|Q7172|League of Arab States
    Organization|African Union|Q7159|AU
    Organization|ASEAN|Q7768|Association of Southeast Asian Nations
    Organization|Organization of American States|Q123759|OAS
    Organization|Gulf Cooperation Council|Q161832|GCC
    Organization|OPEC|Q7795|Organization of the Petroleum Exporting Countries
    Organization|Organisation of Islamic Cooperation|Q7190|OIC;Organization of Islamic Cooperation
    Organization|Shanghai Cooperation Organisation|Q485207|SCO;Shanghai Cooperation Organization
    Organization|Collective Security Treaty Organization|Q218302|CSTO
    Organization|OSCE|Q81299|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe
    Organization|World Health Organization|Q7817|WHO
    Organization|International Atomic Energy Agency|Q826700|IAEA
    Organization|International Monetary Fund|Q7804|IMF
    Organization|World Bank|Q7164|
    Organization|World Trade Organization|Q7825|WTO
    Organization|International Criminal Court|Q47488|ICC
    Organization|International Court of Justice|Q7801|ICJ;World Court
    Organization|Organisation for the Prohibition of Chemical Weapons|Q1063446|OPCW
    Organization|UNICEF|Q740308|
    Organization|UNHCR|Q171668|UN refugee agency;UN High Commissioner for Refugees
    Organization|World Food Programme|Q211294|WFP
    Organization|International Committee of the Red Cross|Q71475|ICRC;Red Cross
    Organization|Amnesty International|Q42970|Amnesty
    Organization|Human Rights Watch|Q187052|HRW
    Organization|Doctors Without Borders|Q167756|MSF;Medecins Sans Frontieres;Médecins Sans Frontières
    Organization|Interpol|Q5292|
    Organization|G7|Q1764511|Group of Seven;G-7
    Organization|G20|Q19771|Group of Twenty;G-20
    Organization|BRICS|Q8524|
    Organization|Commonwealth of Nations|Q7785|Commonwealth
    Organization|RT|Q1187826|Russia Today;RT television
    Organization|Al Jazeera|Q13649|Al-Jazeera
    Organization|BBC|Q9531|British Broadcasting Corporation;BBC News;BBC World Service
    Organization|CNN|Q48340|Cable News Network
    Organization|Reuters|Q130879|Reuters news agency
    Organization|Associated Press|Q40469|AP;the Associated Press
    Organization|Agence France-Presse|Q40464|AFP;Agence France Presse
    Organization|The New York Times|Q9684|New York Times;NYT
    Organization|The Washington Post|Q166032|Washington Post
    Organization|The Wall Street Journal|Q164746|Wall Street Journal;WSJ
    Organization|Financial Times|Q183585|
    Organization|PBS|Q215616|Public Broadcasting Service
    Organization|NPR|Q671510|National Public Radio
    Organization|Fox News|Q186068|Fox News Channel
    Organization|Xinhua|Q204839|Xinhua News Agency
    Organization|TASS||TASS news agency
    Organization|RIA Novosti||
    Organization|Interfax||
    Organization|Anadolu Agency||Anadolu
    Organization|IRNA||Islamic Republic News Agency
    Organization|KCNA||Korean Central News Agency
    Organization|Yonhap||Yonhap News Agency
    Organization|Kyodo News||Kyodo
    Organization|Sky News||
    Organization|Deutsche Welle||DW
    Organization|France 24||
    Organization|Al Arabiya||Al-Arabiya
    Organization|Haaretz||
    Organization|Rudaw||
    Organization|Politico||
    Organization|Greenpeace|Q81307|
    Organization|Oxfam||Oxfam International
    Organization|Transparency International||
    Organization|Reporters Without Borders||Reporters Sans Frontieres
    Organization|Committee to Protect Journalists||CPJ
    Organization|International Crisis Group||Crisis Group
    Organization|Save the Children||
    Organization|Syrian Observatory for Human Rights||SOHR
    Organization|UNESCO|Q7809|United Nations Educational, Scientific and Cultural Organization
    Organization|UNRWA||UN Relief and Works Agency
    Organization|UN Development Programme||UNDP;United Nations Development Programme
    Organization|Food and Agriculture Organization||FAO
    Organization|Office of the UN High Commissioner for Human Rights||OHCHR;UN human rights office;UN Human Rights Office
    Organization|African Export–Import Bank||Afreximbank;African Export-Import Bank
    Group|Islamic State|Q2429253|ISIS;ISIL;IS;Daesh;Da'esh;Islamic State of Iraq and the Levant;IS group;Islamic State group;Islamic State in Iraq and Syria;ISIS militants;Islamic State in Iraq and the Levant;IS militants;Islamic State of Iraq and Syria;ISIL militants;Islamic State militants;Islamic State jihadists;IS jihadists;Islamic State fighters;IS fighters;ISIS fighters
    Group|al-Qaeda|Q34490|al Qaeda;al-Qaida;al Qaida;Al-Qaeda;Al Qaeda;AQAP;al-Qaeda in the Arabian Peninsula
    Group|Nusra Front|Q1150766|al-Nusra Front;al-Nusra;Jabhat al-Nusra;Nusra
    Group|Hayat Tahrir al-Sham|Q28549632|HTS;Tahrir al-Sham
    Group|Taliban|Q42418|the Taliban;Taleban
    Group|Hezbollah|Q131986|Hizbollah;Hizballah
    Group|Hamas|Q38799|
    Group|Islamic Jihad|Q274034|Palestinian Islamic Jihad
    Group|Houthis|Q1147931|Houthi;Houthi rebels;Houthi movement;Ansar Allah;Ansarullah
    Group|al-Shabaab|Q188577|al-Shabab;Al-Shabaab;al Shabaab
    Group|Boko Haram|Q190711|
    Group|Kurdistan Workers' Party|Q133356|PKK
    Group|People's Protection Units|Q2596185|YPG
    Group|Syrian Democratic Forces|Q21079282|SDF
    Group|Islamic Revolutionary Guard Corps|Q271110|IRGC;Revolutionary Guards;Revolutionary Guard;Iranian Revolutionary Guard Corps;Revolutionary Guard Corps;Islamic Revolutionary Guards Corps
    Group|Quds Force||Qods Force;IRGC-Quds Force;Islamic Revolutionary Guard Corps-Quds Force
    Group|Popular Mobilization Forces||PMF;Popular Mobilisation Forces;Popular Mobilization Units;Hashd al-Shaabi
    Group|Kataib Hezbollah||Kataeb Hezbollah;Kata'ib Hezbollah
    Group|Polisario Front||Polisario
    Group|Tigray People's Liberation Front||TPLF
    Group|Arakan Army||
    Group|Lashkar-e-Taiba||LeT;Lashkar-e-Toiba
    Group|Jaish-e-Mohammed||JeM;Jaish-e-Muhammad
    Group|Free Syrian Army|Q1210698|FSA
    Group|Muslim Brotherhood|Q189386|
    Group|Wagner Group|Q31285045|Wagner
    Group|Peshmerga|Q749815|Kurdish Peshmerga
    Group|Kurdish forces||the Kurds;Kurds;Syrian Kurds;Kurdish fighters;Kurdish militia;Kurdish militias;Kurdish-led forces
    Group|Janjaweed||
    Group|Rapid Support Forces||RSF
    Group|the West||West;Western countries;Western powers;Western nations;Western governments;Western leaders;Western allies;Western partners
    Group|Europeans||European countries;European powers;European governments;European nations;European leaders
    Group|Syrian rebels||Syrian opposition;Syrian rebel groups;rebels in Syria;moderate rebels;moderate Syrian rebels;Syrian rebel;Syrian insurgents
    Group|pro-Russian separatists||pro-Russian rebels;pro-Russia separatists;pro-Russia rebels;Russian-backed separatists;Russia-backed separatists;Russian-backed rebels;Russia-backed rebels;separatists in eastern Ukraine;rebels in eastern Ukraine;Ukrainian separatists;Ukrainian rebels;eastern Ukraine rebels;Donbas separatists
    Place|Crimea|Q7835|Crimean Peninsula;the Crimea
    Place|eastern Ukraine||east Ukraine;Donbas;Donbass;Donetsk;Luhansk;Lugansk
    Place|Gaza Strip|Q39760|Gaza
    Place|West Bank|Q36678|
    Place|Golan Heights|Q83210|Golan
    Place|East Jerusalem||
    Place|Kashmir|Q43100|
    Place|Hong Kong|Q8646|
    Place|Macau|Q14773|Macao
    Place|Tibet|Q17252|
    Place|Xinjiang|Q34800|
    Place|Chechnya|Q5187|
    Place|North Caucasus||
    Place|Abkhazia|Q23334|
    Place|South Ossetia|Q23427|
    Place|Transnistria|Q907112|
    Place|Nagorno-Karabakh|Q23792|Karabakh
    Place|Western Sahara|Q6250|
    Place|Kurdistan Region|Q205047|Iraqi Kurdistan
    Place|Idlib Province||Idlib;Idlib province
    Place|Northern Ireland|Q26|
    Place|Greenland|Q223|
    Place|Puerto Rico|Q1183|
    Place|Somaliland|Q34754|
    Place|Middle East||Mideast
    Place|New Mexico||
    Place|New York||New York City
    Place|New Jersey||
    Place|New Hampshire||
    Place|New England||
    Place|New Orleans||
    Place|New South Wales||
    Place|Washington state||Washington State
    Place|Persian Gulf||
    Place|Gulf region||
    Place|Balkans||the Balkans
    Place|Caucasus||South Caucasus
    Place|Central Asia||
    Place|Latin America||
    Place|Sahel||
    Place|Horn of Africa||
    Place|Caribbean||
    Place|Mediterranean||
    Place|Arctic||
    Place|Amazon||Amazon rainforest
    Place|South China Sea||
    Place|Black Sea||
    Place|Sinai||Sinai Peninsula
    Agreement|Iran nuclear deal|Q20077416|Joint Comprehensive Plan of Action;JCPOA;Iran deal;Iran nuclear agreement;nuclear deal with Iran
    Agreement|Ukraine peace deal||Minsk agreement;Minsk agreements;Minsk accord;Minsk accords;Minsk II;Minsk protocol;peace deal for Ukraine;Ukraine peace plan;Ukrainian peace deal
    Agreement|Paris Agreement|Q21707860|Paris climate agreement;Paris climate accord;Paris accord
    Agreement|New START|Q535362|New START treaty
    Agreement|INF Treaty|Q1137617|Intermediate-Range Nuclear Forces Treaty
    Agreement|Good Friday Agreement|Q1139468|Belfast Agreement
    Agreement|Brexit withdrawal agreement||withdrawal agreement
    """
}
