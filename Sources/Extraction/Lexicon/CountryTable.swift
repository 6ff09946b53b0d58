/// Every UN member state plus the observer states and a few widely recognised
/// de-facto states, one per line: `Label|Wikidata|aliases|demonyms|capitals|metonyms`
/// (lists separated by `;`). Aliases written in capitals (US, UK, UAE) match only
/// capitalised text. Facts only: names, demonyms, capitals, seats of government.
enum CountryTable {
    static let rows = """
    Afghanistan|Q889|Islamic Emirate of Afghanistan|Afghan;Afghani|Kabul|
    Albania|Q222||Albanian|Tirana|
    Algeria|Q262||Algerian|Algiers|
    Andorra|Q228||Andorran|Andorra la Vella|
    Angola|Q916||Angolan|Luanda|
    Antigua and Barbuda|Q781|Antigua|Antiguan|St. John's|
    Argentina|Q414||Argentine;Argentinian|Buenos Aires|Casa Rosada
    Armenia|Q399||Armenian|Yerevan|
    Australia|Q408||Australian;Aussie|Canberra|
    Austria|Q40||Austrian|Vienna|
    Azerbaijan|Q227||Azerbaijani;Azeri|Baku|
    Bahamas|Q778|The Bahamas|Bahamian|Nassau|
    Bahrain|Q398||Bahraini|Manama|
    Bangladesh|Q902||Bangladeshi|Dhaka|
    Barbados|Q244||Barbadian|Bridgetown|
    Belarus|Q184|Byelorussia|Belarusian;Belarussian|Minsk|
    Belgium|Q31||Belgian||
    Belize|Q242||Belizean|Belmopan|
    Benin|Q962||Beninese|Porto-Novo|
    Bhutan|Q917||Bhutanese|Thimphu|
    Bolivia|Q750||Bolivian|La Paz;Sucre|
    Bosnia and Herzegovina|Q225|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo|
    Botswana|Q963||Botswanan;Motswana|Gaborone|
    Brazil|Q155||Brazilian|Brasilia;Brasília|Planalto
    Brunei|Q921|Brunei Darussalam|Bruneian|Bandar Seri Begawan|
    Bulgaria|Q219||Bulgarian|Sofia|
    Burkina Faso|Q965||Burkinabe|Ouagadougou|
    Burundi|Q967||Burundian|Gitega|
    Cabo Verde|Q1011|Cape Verde|Cape Verdean|Praia|
    Cambodia|Q424||Cambodian|Phnom Penh|
    Cameroon|Q1009||Cameroonian|Yaounde;Yaoundé|
    Canada|Q16||Canadian|Ottawa|Parliament Hill
    Central African Republic|Q929||Central African|Bangui|
    Chad|Q657||Chadian|N'Djamena|
    Chile|Q298||Chilean|Santiago|La Moneda
    China|Q148|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking|Zhongnanhai;Chinese Communist Party;Communist Party of China;CCP
    Colombia|Q739||Colombian|Bogota;Bogotá|
    Comoros|Q970||Comorian|Moroni|
    Democratic Republic of the Congo|Q974|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa|
    Republic of the Congo|Q971|Congo-Brazzaville;Congo||Brazzaville|
    Costa Rica|Q800||Costa Rican|San Jose|
    Ivory Coast|Q1008|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan|
    Croatia|Q224||Croatian;Croat|Zagreb|
    Cuba|Q241|Republic of Cuba|Cuban|Havana|
    Cyprus|Q229||Cypriot|Nicosia|
    Czech Republic|Q213|Czechia|Czech|Prague|
    Denmark|Q35||Danish;Dane|Copenhagen|
    Djibouti|Q977||Djiboutian||
    Dominica|Q784||Dominican|Roseau|
    Dominican Republic|Q786||Dominican|Santo Domingo|
    Ecuador|Q736||Ecuadorian;Ecuadorean|Quito|
    Egypt|Q79||Egyptian|Cairo|
    El Salvador|Q792||Salvadoran;Salvadorean|San Salvador|
    Equatorial Guinea|Q983||Equatorial Guinean|Malabo|
    Eritrea|Q986||Eritrean|Asmara|
    Estonia|Q191||Estonian|Tallinn|
    Eswatini|Q1050|Swaziland|Swazi|Mbabane|
    Ethiopia|Q115||Ethiopian|Addis Ababa|
    Fiji|Q712||Fijian|Suva|
    Finland|Q33||Finnish;Finn|Helsinki|
    France|Q142|French Republic|French;Frenchman|Paris|Elysee;Élysée;Elysee Palace;Élysée Palace;Quai d'Orsay
    Gabon|Q1000||Gabonese|Libreville|
    Gambia|Q1005|The Gambia|Gambian|Banjul|
    Georgia|Q230||Georgian|Tbilisi|
    Germany|Q183|Federal Republic of Germany|German|Berlin|Bundestag;Chancellery
    Ghana|Q117||Ghanaian|Accra|
    Greece|Q41|Hellenic Republic|Greek|Athens|
    Grenada|Q769||Grenadian|St. George's|
    Guatemala|Q774||Guatemalan|Guatemala City|
    Guinea|Q1006||Guinean|Conakry|
    Guinea-Bissau|Q1007||Bissau-Guinean|Bissau|
    Guyana|Q734||Guyanese|Georgetown|
    Haiti|Q790||Haitian|Port-au-Prince|
    Honduras|Q783||Honduran|Tegucigalpa|
    Hungary|Q28||Hungarian|Budapest|
    Iceland|Q189||Icelandic;Icelander|Reykjavik|
    India|Q668|Republic of India|Indian|New Delhi;Delhi|
    Indonesia|Q252||Indonesian|Jakarta|
    Iran|Q794|Islamic Republic of Iran;Islamic Republic|Iranian|Tehran;Teheran|
    Iraq|Q796|Republic of Iraq|Iraqi|Baghdad|
    Ireland|Q27|Republic of Ireland;Eire|Irish|Dublin|Dail;Dáil;Leinster House
    Israel|Q801|State of Israel|Israeli|Jerusalem;Tel Aviv|Knesset;Mossad;Israel Defense Forces;IDF
    Italy|Q38||Italian|Rome|Palazzo Chigi
    Jamaica|Q766||Jamaican|Kingston|
    Japan|Q17||Japanese|Tokyo|
    Jordan|Q810|Hashemite Kingdom of Jordan|Jordanian|Amman|
    Kazakhstan|Q232||Kazakh;Kazakhstani|Astana;Nur-Sultan|
    Kenya|Q114||Kenyan|Nairobi|
    Kiribati|Q710||I-Kiribati|Tarawa|
    North Korea|Q423|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang|
    South Korea|Q884|Republic of Korea;ROK|South Korean|Seoul|Blue House
    Kuwait|Q817||Kuwaiti|Kuwait City|
    Kyrgyzstan|Q813|Kyrgyz Republic|Kyrgyz|Bishkek|
    Laos|Q819|Lao PDR|Laotian;Lao|Vientiane|
    Latvia|Q211||Latvian|Riga|
    Lebanon|Q822||Lebanese|Beirut|
    Lesotho|Q1013||Basotho|Maseru|
    Liberia|Q1014||Liberian|Monrovia|
    Libya|Q1016||Libyan|Tripoli|
    Liechtenstein|Q347||Liechtensteiner|Vaduz|
    Lithuania|Q37||Lithuanian|Vilnius|
    Luxembourg|Q32||Luxembourgish;Luxembourger||
    Madagascar|Q1019||Malagasy|Antananarivo|
    Malawi|Q1020||Malawian|Lilongwe|
    Malaysia|Q833||Malaysian|Kuala Lumpur;Putrajaya|
    Maldives|Q826||Maldivian||
    Mali|Q912||Malian|Bamako|
    Malta|Q233||Maltese|Valletta|
    Marshall Islands|Q709||Marshallese|Majuro|
    Mauritania|Q1025||Mauritanian|Nouakchott|
    Mauritius|Q1027||Mauritian|Port Louis|
    Mexico|Q96||Mexican|Mexico City|
    Micronesia|Q702|Federated States of Micronesia|Micronesian|Palikir|
    Moldova|Q217||Moldovan|Chisinau;Chișinău|
    Monaco|Q235||Monegasque||
    Mongolia|Q711||Mongolian|Ulaanbaatar;Ulan Bator|
    Montenegro|Q236||Montenegrin|Podgorica|
    Morocco|Q1028||Moroccan|Rabat|
    Mozambique|Q1029||Mozambican|Maputo|
    Myanmar|Q836|Burma|Myanmarese;Burmese|Naypyidaw;Naypyitaw;Yangon;Rangoon|
    Namibia|Q1030||Namibian|Windhoek|
    Nauru|Q697||Nauruan||
    Nepal|Q837||Nepalese;Nepali|Kathmandu|
    Netherlands|Q55|Holland;The Netherlands|Dutch|Amsterdam;The Hague|
    New Zealand|Q664||New Zealander;Kiwi|Wellington|
    Nicaragua|Q811||Nicaraguan|Managua|
    Niger|Q1032||Nigerien|Niamey|
    Nigeria|Q1033||Nigerian|Abuja|
    North Macedonia|Q221|Macedonia|Macedonian|Skopje|
    Norway|Q20||Norwegian|Oslo|
    Oman|Q842||Omani|Muscat|
    Pakistan|Q843||Pakistani|Islamabad|
    Palau|Q695||Palauan|Ngerulmud|
    Panama|Q804||Panamanian|Panama City|
    Papua New Guinea|Q691||Papua New Guinean|Port Moresby|
    Paraguay|Q733||Paraguayan|Asuncion;Asunción|
    Peru|Q419||Peruvian|Lima|
    Philippines|Q928|The Philippines|Philippine;Filipino|Manila|Malacanang;Malacañang
    Poland|Q36||Polish;Pole|Warsaw|
    Portugal|Q45||Portuguese|Lisbon|
    Qatar|Q846||Qatari|Doha|
    Romania|Q218||Romanian|Bucharest|
    Russia|Q159|Russian Federation|Russian|Moscow|Kremlin;Duma;State Duma;FSB;GRU
    Rwanda|Q1037||Rwandan|Kigali|
    Saint Kitts and Nevis|Q763|St Kitts and Nevis|Kittitian|Basseterre|
    Saint Lucia|Q760|St Lucia|Saint Lucian|Castries|
    Saint Vincent and the Grenadines|Q757|St Vincent|Vincentian|Kingstown|
    Samoa|Q683||Samoan|Apia|
    San Marino|Q238||Sammarinese||
    Sao Tome and Principe|Q1039|São Tomé and Príncipe|Santomean||
    Saudi Arabia|Q851|Kingdom of Saudi Arabia;KSA|Saudi|Riyadh|
    Senegal|Q1041||Senegalese|Dakar|
    Serbia|Q403||Serbian;Serb|Belgrade|
    Seychelles|Q1042||Seychellois|Victoria|
    Sierra Leone|Q1044||Sierra Leonean|Freetown|
    Singapore|Q334||Singaporean||
    Slovakia|Q214|Slovak Republic|Slovak|Bratislava|
    Slovenia|Q215||Slovenian;Slovene|Ljubljana|
    Solomon Islands|Q685||Solomon Islander|Honiara|
    Somalia|Q1045||Somali|Mogadishu|
    South Africa|Q258||South African|Pretoria;Cape Town|
    South Sudan|Q958||South Sudanese|Juba|
    Spain|Q29||Spanish;Spaniard|Madrid|Moncloa
    Sri Lanka|Q854||Sri Lankan|Colombo|
    Sudan|Q1049||Sudanese|Khartoum|
    Suriname|Q730||Surinamese|Paramaribo|
    Sweden|Q34||Swedish;Swede|Stockholm|
    Switzerland|Q39||Swiss|Bern;Berne|
    Syria|Q858|Syrian Arab Republic|Syrian|Damascus|
    Tajikistan|Q863||Tajik|Dushanbe|
    Tanzania|Q924||Tanzanian|Dodoma;Dar es Salaam|
    Thailand|Q869||Thai|Bangkok|
    East Timor|Q574|Timor-Leste|Timorese|Dili|
    Togo|Q945||Togolese|Lome;Lomé|
    Tonga|Q678||Tongan|Nuku'alofa|
    Trinidad and Tobago|Q754||Trinidadian|Port of Spain|
    Tunisia|Q948||Tunisian|Tunis|
    Turkey|Q43|Turkiye;Türkiye|Turkish;Turk|Ankara|
    Turkmenistan|Q874||Turkmen|Ashgabat|
    Tuvalu|Q672||Tuvaluan|Funafuti|
    Uganda|Q1036||Ugandan|Kampala|
    Ukraine|Q212|the Ukraine|Ukrainian|Kyiv;Kiev|Verkhovna Rada
    United Arab Emirates|Q878|UAE;Emirates|Emirati|Abu Dhabi|
    United Kingdom|Q145|Britain;Great Britain;UK;U.K.;United Kingdom of Great Britain and Northern Ireland|British;Briton|London|Downing Street;Number 10;No 10;Whitehall;Foreign Office;MI6;MI5
    United States|Q30|U.S.;US;USA;U.S.A.;United States of America;America;the States|American;U.S.;US|Washington|White House;Pentagon;State Department;Capitol Hill;Foggy Bottom;Oval Office;CIA;Central Intelligence Agency;FBI;Federal Bureau of Investigation;Department of Defense;Defense Department;Department of State;Treasury Department
    Uruguay|Q77||Uruguayan|Montevideo|
    Uzbekistan|Q265||Uzbek|Tashkent|
    Vanuatu|Q686||Ni-Vanuatu|Port Vila|
    Vatican City|Q237|Holy See;Vatican||Vatican|
    Venezuela|Q717||Venezuelan|Caracas|Miraflores
    Vietnam|Q881|Viet Nam|Vietnamese|Hanoi|
    Yemen|Q805||Yemeni|Sanaa;Sana'a|
    Zambia|Q953||Zambian|Lusaka|
    Zimbabwe|Q954||Zimbabwean|Harare|
    Palestine|Q219060|State of Palestine;Palestinian Authority|Palestinian|Ramallah|
    Taiwan|Q865|Republic of China|Taiwanese|Taipei|
    Kosovo|Q1246||Kosovar;Kosovan|Pristina|
    """
}
