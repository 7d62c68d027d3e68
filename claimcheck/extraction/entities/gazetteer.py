"""The word lists behind :mod:`claimcheck.extraction.entities.find`: places, titles,
organisations, names.

Everything here is plain data, parsed once at import into dicts and frozensets. Lists are
written as blocks of lines, ``Canonical: variant | variant``, because a table of a thousand
names is easier to review and extend that way than as a thousand dict literals.

Sizes are kept modest on purpose: recognition is rule-based and favours precision, so a
name that is missing costs a little recall, while a wrong name (a common word, a
company taken for a person) misleads the journalist reading the output.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = [
    "COMMON_WORDS",
    "CONNECTORS",
    "DEMONYMS",
    "GIVEN_NAMES",
    "KNOWN_ORGS",
    "KNOWN_PEOPLE",
    "MONTHS",
    "NAME_PARTICLES",
    "NON_ORG_ACRONYMS",
    "ORG_HEADS",
    "PLACES",
    "PLACE_HEADS",
    "PLACE_PREPOSITIONS",
    "ROLE_WORDS",
    "SOFT_PLACES",
    "STANDALONE_ORGS",
    "STATES_AND_COUNTRIES",
    "STOP_WORDS",
    "TITLES",
    "TITLE_PHRASES",
]


def _entries(block: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield ``(canonical, surfaces)`` for each ``Canonical: variant | variant`` line.

    The canonical name is always one of its own surfaces; a line without a colon names
    a thing that has no other spelling.
    """
    for raw in block.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        canonical, _, rest = line.partition(":")
        canonical = canonical.strip()
        variants = [v.strip() for v in rest.split("|") if v.strip()]
        yield canonical, (canonical, *variants)


def _words(block: str) -> frozenset[str]:
    """Split a whitespace-separated block into a frozenset of words."""
    return frozenset(block.split())


# --- Countries and territories ---------------------------------------------------------
# All 193 UN member states, then observers, territories, former states and the UK's
# constituent countries. Variants are the spellings and abbreviations news copy uses.
_COUNTRIES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas: The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina: Bosnia | Bosnia-Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cape Verde: Cabo Verde
Cambodia
Cameroon
Canada
Central African Republic
Chad
Chile
China: PRC | Mainland China
Colombia
Comoros
Congo: Republic of the Congo | Republic of Congo | Congo-Brazzaville
Democratic Republic of the Congo: DR Congo | DRC | Democratic Republic of Congo | Congo-Kinshasa
Costa Rica
Ivory Coast: Côte d'Ivoire | Cote d'Ivoire
Croatia
Cuba
Cyprus
Czech Republic: Czechia
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini: Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia: The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland: Republic of Ireland | Irish Republic | Eire
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar: Burma
Namibia
Nauru
Nepal
Netherlands: The Netherlands | Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea: DPRK | D.P.R.K.
North Macedonia: Macedonia
Norway
Oman
Pakistan
Palau
Panama
Papua New Guinea
Paraguay
Peru
Philippines: The Philippines
Poland
Portugal
Qatar
Romania
Russia: Russian Federation
Rwanda
Saint Kitts and Nevis: St Kitts and Nevis
Saint Lucia: St Lucia
Saint Vincent and the Grenadines: St Vincent and the Grenadines
Samoa
San Marino
Sao Tome and Principe: São Tomé and Príncipe
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea: ROK | Republic of Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Tajikistan
Tanzania
Thailand
East Timor: Timor-Leste
Togo
Tonga
Trinidad and Tobago: Trinidad
Tunisia
Turkey: Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates: UAE | U.A.E.
United Kingdom: UK | U.K. | Britain | Great Britain
United States: US | U.S. | USA | U.S.A. | America | United States of America
Uruguay
Uzbekistan
Vanuatu
Venezuela
Vietnam: Viet Nam
Yemen
Zambia
Zimbabwe
# Not UN members, or not sovereign, but named as countries in the news.
Taiwan
Kosovo
Palestine: Palestinian Territories | Occupied Palestinian Territories
Vatican: Vatican City | Holy See
Hong Kong
Macau: Macao
Greenland
Puerto Rico
Western Sahara
Gibraltar
Falkland Islands: Falklands
Bermuda
Cayman Islands
Faroe Islands
Isle of Man
Channel Islands
Jersey
Guernsey
Guam
Aruba
New Caledonia
French Polynesia
Korea
England
Scotland
Wales
Northern Ireland
Soviet Union: USSR | U.S.S.R.
Yugoslavia
Czechoslovakia
East Germany
West Germany
Serbia and Montenegro
Tibet
Chechnya
Abkhazia
South Ossetia
Transnistria
Nagorno-Karabakh
Somaliland
Kurdistan
Crimea
Gaza: Gaza Strip
West Bank
Golan Heights
Kashmir
Darfur
"""

# --- Demonyms -------------------------------------------------------------------------
# Adjectives and nouns for a people, mapped to the place. Plurals ("Americans",
# "Swedes") are derived below. Ambiguous ones are left out: "Arab", "Kurdish", "Pole".
_DEMONYMS = """
Afghanistan: Afghan
Albania: Albanian
Algeria: Algerian
Angola: Angolan
Argentina: Argentine | Argentinian | Argentinean
Armenia: Armenian
Australia: Australian | Aussie
Austria: Austrian
Azerbaijan: Azerbaijani | Azeri
Bahrain: Bahraini
Bangladesh: Bangladeshi
Belarus: Belarusian | Belarussian
Belgium: Belgian
Bolivia: Bolivian
Bosnia and Herzegovina: Bosnian
Brazil: Brazilian
United Kingdom: British | Briton | Britons
Bulgaria: Bulgarian
Myanmar: Burmese
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Chad: Chadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Congo: Congolese
Croatia: Croatian | Croat
Cuba: Cuban
Cyprus: Cypriot | Greek Cypriot | Turkish Cypriot
Czech Republic: Czech
Denmark: Danish | Dane
Netherlands: Dutch
Ecuador: Ecuadorian | Ecuadorean
Egypt: Egyptian
United Arab Emirates: Emirati
England: English
Eritrea: Eritrean
Estonia: Estonian
Ethiopia: Ethiopian
Philippines: Filipino | Philippine
Finland: Finnish | Finn
France: French
Gabon: Gabonese
Georgia: Georgian
Germany: German
Ghana: Ghanaian
Greece: Greek
Guatemala: Guatemalan
Guinea: Guinean
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Ivory Coast: Ivorian
Jamaica: Jamaican
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh | Kazakhstani
Kenya: Kenyan
Korea: Korean
Kosovo: Kosovan | Kosovar
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Laos: Laotian | Lao
Latvia: Latvian
Lebanon: Lebanese
Liberia: Liberian
Libya: Libyan
Lithuania: Lithuanian
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Mauritania: Mauritanian
Mexico: Mexican
Moldova: Moldovan
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Namibia: Namibian
Nepal: Nepali | Nepalese
New Zealand: New Zealander | Kiwi
Nicaragua: Nicaraguan
Nigeria: Nigerian
Niger: Nigerien
North Korea: North Korean
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani
Palestine: Palestinian
Panama: Panamanian
Paraguay: Paraguayan
Peru: Peruvian
Poland: Polish
Portugal: Portuguese
Puerto Rico: Puerto Rican
Qatar: Qatari
Romania: Romanian
Russia: Russian
Rwanda: Rwandan
Saudi Arabia: Saudi
Scotland: Scottish | Scot
Senegal: Senegalese
Serbia: Serbian | Serb
Sierra Leone: Sierra Leonean
Singapore: Singaporean
Slovakia: Slovak | Slovakian
Slovenia: Slovenian | Slovene
Somalia: Somali
South Africa: South African
South Korea: South Korean
South Sudan: South Sudanese
Soviet Union: Soviet
Spain: Spanish | Spaniard
Sri Lanka: Sri Lankan
Sudan: Sudanese
Sweden: Swedish | Swede
Switzerland: Swiss
Syria: Syrian
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Tibet: Tibetan
Tunisia: Tunisian
Turkey: Turkish | Turk
Turkmenistan: Turkmen
Uganda: Ugandan
Ukraine: Ukrainian
United States: American
Uruguay: Uruguayan
Uzbekistan: Uzbek
Venezuela: Venezuelan
Vietnam: Vietnamese
Wales: Welsh
Yemen: Yemeni
Zambia: Zambian
Zimbabwe: Zimbabwean
Chechnya: Chechen
Europe: European
Africa: African
Asia: Asian
Latin America: Latin American
Middle East: Middle Eastern
Scandinavia: Scandinavian
Caribbean: Caribbean
California: Californian
Texas: Texan
"""

# --- US states ---------------------------------------------------------------------------
# Postal codes ("IN", "OR", "ME") are left out: they collide with ordinary words.
_US_STATES = """
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Georgia
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York: New York State
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin
Wyoming
"""

# --- Cities -------------------------------------------------------------------------------
# National capitals and the world's most-reported cities. A city shares its name with a
# person in "George Washington"; see SOFT_PLACES.
_CITIES = """
Kabul
Tirana
Algiers
Luanda
Buenos Aires
Yerevan
Canberra
Vienna
Baku
Nassau
Manama
Dhaka
Minsk
Brussels
La Paz
Sarajevo
Gaborone
Brasilia: Brasília
Sofia
Ouagadougou
Phnom Penh
Yaounde: Yaoundé
Ottawa
Santiago
Beijing: Peking
Bogota: Bogotá
Kinshasa
Brazzaville
San Jose
Zagreb
Havana
Nicosia
Prague
Copenhagen
Quito
Cairo
San Salvador
Asmara
Tallinn
Addis Ababa
Helsinki
Paris
Libreville
Tbilisi
Berlin
Accra
Athens
Guatemala City
Conakry
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
New Delhi: Delhi
Jakarta
Tehran: Teheran
Baghdad
Dublin
Jerusalem
Rome
Kingston
Tokyo
Amman
Astana
Nairobi
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Monrovia
Tripoli
Vilnius
Antananarivo
Lilongwe
Kuala Lumpur
Bamako
Valletta
Nouakchott
Mexico City
Chisinau
Ulan Bator: Ulaanbaatar
Podgorica
Rabat
Maputo
Naypyidaw
Windhoek
Kathmandu
Amsterdam
The Hague
Wellington
Managua
Niamey
Abuja
Pyongyang
Skopje
Oslo
Muscat
Islamabad
Panama City
Asuncion: Asunción
Lima
Manila
Warsaw
Lisbon
Doha
Bucharest
Moscow
Kigali
Riyadh
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Mogadishu
Pretoria
Seoul
Juba
Madrid
Colombo
Khartoum
Stockholm
Bern: Berne
Damascus
Taipei
Dushanbe
Dodoma
Bangkok
Lome: Lomé
Tunis
Ankara
Ashgabat
Kampala
Kyiv: Kiev
Abu Dhabi
London
Washington: Washington DC | Washington D.C.
Montevideo
Tashkent
Caracas
Hanoi
Sanaa: Sana'a
Lusaka
Harare
Pristina
Ramallah
Panmunjom
# Major non-capital cities.
New York City: New York City | NYC
Los Angeles: LA | L.A.
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Francisco
Austin
Seattle
Denver
Boston
Detroit
Nashville
Memphis
Baltimore
Milwaukee
Atlanta
Miami
Orlando
Tampa
New Orleans
Las Vegas
Cleveland
Pittsburgh
Cincinnati
St Louis: St. Louis | Saint Louis
Kansas City
Minneapolis
Portland
Sacramento
Salt Lake City
Honolulu
Anchorage
Charlotte
Raleigh
Richmond
Toronto
Montreal
Vancouver
Calgary
Sydney
Melbourne
Brisbane
Perth
Adelaide
Auckland
Christchurch
Manchester
Birmingham
Liverpool
Leeds
Sheffield
Bristol
Newcastle
Nottingham
Leicester
Southampton
Portsmouth
Plymouth
Oxford
Cambridge
Brighton
Coventry
Bradford
Glasgow
Edinburgh
Aberdeen
Dundee
Cardiff
Swansea
Belfast
Londonderry: Derry
Cork
Galway
Hamburg
Munich
Frankfurt
Cologne
Stuttgart
Dusseldorf: Düsseldorf
Dresden
Leipzig
Bonn
Marseille: Marseilles
Lyon: Lyons
Toulouse
Bordeaux
Strasbourg
Lille
Milan
Naples
Turin
Florence
Venice
Genoa
Bologna
Palermo
Barcelona
Valencia
Seville
Bilbao
Malaga
Porto: Oporto
Rotterdam
Antwerp
Geneva
Zurich: Zürich
Davos
Basel
Gothenburg
Malmo: Malmö
Bergen
St Petersburg: St. Petersburg | Saint Petersburg
Novosibirsk
Vladivostok
Yekaterinburg
Kharkiv: Kharkov
Odesa: Odessa
Lviv
Donetsk
Mariupol
Sevastopol
Krakow: Kraków
Gdansk: Gdańsk
Istanbul
Izmir
Thessaloniki
Alexandria
Casablanca
Lagos
Johannesburg
Cape Town
Durban
Mombasa
Dar es Salaam
Benghazi
Aleppo
Homs
Mosul
Basra
Falluja: Fallujah
Kirkuk
Najaf
Karbala
Tikrit
Tel Aviv
Haifa
Mecca
Medina
Jeddah
Dubai
Kandahar
Herat
Karachi
Lahore
Peshawar
Mumbai: Bombay
Kolkata: Calcutta
Chennai: Madras
Bangalore: Bengaluru
Hyderabad
Shanghai
Guangzhou: Canton
Shenzhen
Chongqing
Tianjin
Wuhan
Chengdu
Nanjing
Xian: Xi'an
Hangzhou
Harbin
Lhasa
Urumqi
Osaka
Kyoto
Yokohama
Hiroshima
Nagasaki
Fukushima
Busan: Pusan
Incheon
Kaesong
Ho Chi Minh City: Saigon
Da Nang
Yangon: Rangoon
Mandalay
Surabaya
Bali
Rio de Janeiro: Rio
Sao Paulo: São Paulo
Salvador
Medellin: Medellín
Cali
Guadalajara
Monterrey
Tijuana
Acapulco
Cancun: Cancún
Gaza City
Hebron
Bethlehem
Nazareth
Nablus
Jenin
Rafah
Srebrenica
Chernobyl
Hollywood
Silicon Valley
Wall Street
Downing Street
Whitehall
Westminster
Capitol Hill
Camp David
Guantanamo: Guantanamo Bay | Guantánamo Bay
"""

# --- Regions, seas, landmarks ---------------------------------------------------------------
_REGIONS = """
Europe
Asia
Africa
North America
South America
Latin America
Central America
Antarctica
Arctic
Oceania
Australasia
Middle East: Mideast
Near East
Far East
Gulf: Persian Gulf | Arabian Gulf
Balkans
Baltics: Baltic states
Caucasus
Central Asia
South Asia
Southeast Asia: South-East Asia | South East Asia
East Asia
Asia-Pacific: Asia Pacific
Pacific: Pacific Ocean
Atlantic: Atlantic Ocean
Indian Ocean
Mediterranean: Mediterranean Sea
Caribbean
Scandinavia
Sahel
Sahara
Horn of Africa
Sub-Saharan Africa
West Africa
East Africa
North Africa
Southern Africa
Central Africa
Eastern Europe
Western Europe
Central Europe
Northern Europe
Southern Europe
Korean Peninsula
Demilitarized Zone: Demilitarised Zone | DMZ
Himalayas
Alps
Siberia
Patagonia
Taiwan Strait
South China Sea
East China Sea
Sea of Japan
Yellow Sea
Black Sea
Red Sea
Caspian Sea
Baltic Sea
North Sea
Dead Sea
Arabian Sea
Gulf of Mexico
Gulf of Aden
Strait of Hormuz
Suez Canal
Panama Canal
English Channel
Levant
Maghreb
Anatolia
Punjab
Bengal
Yorkshire
Lancashire
Kent
Essex
Surrey
Sussex
Cornwall
Devon
Norfolk
Suffolk
Cumbria
Merseyside
Hampshire
Ontario
Quebec
British Columbia
Alberta
Queensland
New South Wales
Victoria
Tasmania
Catalonia
Bavaria
Sicily
Sardinia
Corsica
Crete
Hokkaido
Okinawa
Xinjiang
Hong Kong Island
Mindanao
Aceh
Zanzibar
Oval Office
"""

# Places that are also common given names or surnames: "George Washington", "Michael
# Jordan", "Georgia Harrison". They stay places alone, and become part of a person's name
# next to a given name (see entities.py).
SOFT_PLACES: frozenset[str] = frozenset(
    """Washington Jordan Georgia Chad Kent Victoria Florence Sydney Austin Houston Dallas
    Charlotte Orlando Paris Adelaide Santiago Sofia Israel Lincoln Kingston Richmond
    Wellington Perth Salvador Cork Nice Valencia Phoenix Denver Cleveland Chelsea Devon
    Jersey Lima Cali Medina Nazareth Essex Surrey Sussex Norfolk Hampshire Alberta""".split()
)

# --- Organisations ---------------------------------------------------------------------------
# Well-known bodies, mostly those named by acronym or by a single word that the head-word
# rule ("... Agency", "... Party") cannot catch. Canonical names join an acronym to its
# full name, so "KCNA" and "Korean Central News Agency" compare equal.
_ORGS = """
United Nations: UN | U.N.
UN Security Council: Security Council | U.N. Security Council | United Nations Security Council
UN General Assembly: General Assembly | U.N. General Assembly
European Union: EU | E.U.
European Commission
European Parliament
European Central Bank: ECB
NATO: Nato | North Atlantic Treaty Organization
International Monetary Fund: IMF
World Bank
World Trade Organization: WTO | World Trade Organisation
World Health Organization: WHO | World Health Organisation
OPEC: Opec
ASEAN: Asean
OECD
African Union
Arab League
UNESCO: Unesco
UNICEF: Unicef
UNHCR
International Atomic Energy Agency: IAEA
International Criminal Court: ICC
Interpol
Europol
Red Cross: International Committee of the Red Cross | ICRC
Red Crescent
Amnesty International: Amnesty
Human Rights Watch
Greenpeace
Oxfam
Medecins Sans Frontieres: Médecins Sans Frontières | MSF | Doctors Without Borders
Korean Central News Agency: KCNA
Voice of America: VOA
BBC: British Broadcasting Corporation
CNN
Reuters
Associated Press: AP
Agence France-Presse: AFP | Agence France Presse
Xinhua
Yonhap
Al Jazeera: Al-Jazeera
Fox News
New York Times: The New York Times
Washington Post: The Washington Post
Wall Street Journal: The Wall Street Journal
Financial Times: The Financial Times | FT
The Times
The Guardian
The Economist
CIA
FBI
NSA
KGB
FSB
MI5
MI6
NHS
NASA: Nasa
Pentagon
Kremlin
White House
Blue House
Congress: US Congress | U.S. Congress
Senate: US Senate | U.S. Senate
House of Representatives
House of Commons: Commons
House of Lords
Supreme Court
Federal Reserve: Fed | US Federal Reserve
Bank of England
Bank of Japan
Labour: Labour Party
Conservative Party: Conservatives | Tories | Tory
Liberal Democrats: Lib Dems | Lib Dem
Democratic Party: Democrats
Republican Party: Republicans | GOP
Scottish National Party: SNP
Sinn Fein: Sinn Féin
Hamas
Hezbollah: Hizbollah
Taliban
al-Qaeda: al Qaeda | Al-Qaeda | Al Qaeda | al-Qaida | Al-Qaida
Islamic State: ISIS | ISIL | Daesh
Fatah
PLO
IRA
Workers' Party of Korea
Microsoft
Apple
Google
Yahoo
Amazon
Facebook
Twitter
IBM
Intel
Sony
Nintendo
Samsung
Nokia
Motorola
Vodafone
Toyota
Honda
Nissan
General Motors: GM
General Electric: GE
Volkswagen: VW
BMW
Boeing
Airbus
Shell: Royal Dutch Shell
BP
ExxonMobil: Exxon
Gazprom
Yukos
Rosneft
Walmart: Wal-Mart
Tesco
Marks & Spencer: Marks and Spencer | M&S
Time Warner: TimeWarner
AOL
Disney
Warner Bros
Goldman Sachs
Morgan Stanley
JP Morgan: JPMorgan | JP Morgan Chase | JPMorgan Chase
Citigroup
HSBC
Barclays
Lloyds
UBS
Huawei
Alibaba
Tencent
Baidu
Tesla
SpaceX
OpenAI
Netflix
Uber
Coca-Cola
PepsiCo: Pepsi
Nike
Adidas
Ryanair
EasyJet: easyJet
British Airways: BA
Manchester United: Man Utd | Man United
FIFA: Fifa
UEFA: Uefa
International Olympic Committee: IOC
Johnson & Johnson
"""

# Head words that end an organisation's name: "Korean Central News Agency", "Bank of
# England". A head alone ("the Ministry") is not an organisation, except the standalone
# ones below.
ORG_HEADS: frozenset[str] = frozenset(
    """Agency Ministry Commission Committee Council Party Bank Fund Organization Organisation
    Association University College Court Parliament Congress Senate Assembly Department
    Office Corporation Corp Corp. Inc Inc. Ltd Ltd. PLC Plc LLC Company Group Institute
    Institution Service Services Union Nations Times Post Journal News Herald Telegraph
    Tribune Gazette Chronicle Guardian Mail Mirror Foundation Trust Society Federation
    Alliance League Club Network Police Army Navy Force Forces Guard Corps Front Movement
    Brigade Brigades Cabinet Executive Authority Board Bureau Exchange Reserve Treasury
    Press Broadcasting Television Radio Airlines Airways Motors Holdings Industries
    Technologies Pharmaceuticals Bros Brothers Studios Pictures Records Entertainment Media
    Telecom Communications Energy Partners Securities Insurance Church Mission Tribunal
    Academy School Embassy Consulate Secretariat Directorate Inspectorate Regiment
    Division Administration Government Commonwealth United Rovers Wanderers Athletic FC
    Collective Coalition Review
    Magazine Laboratory Laboratories Lab Labs Center Centre""".split()
)

# Organisation names that stand alone: "Congress passed", "Parliament voted".
STANDALONE_ORGS: frozenset[str] = frozenset(
    "Congress Parliament Senate Treasury Cabinet Politburo Knesset Duma Bundestag".split()
)

# Head words that end a place's name: "Diaoyutai State Guesthouse", "Hyde Park".
# Buildings are treated as places, except metonyms for an institution ("White House",
# "Kremlin", "Pentagon"), which are organisations.
PLACE_HEADS: frozenset[str] = frozenset(
    """Guesthouse Palace Hotel Stadium Arena Airport Station Square Street Road Avenue
    Boulevard Bridge Castle Cathedral Abbey Mosque Temple Tower Towers Building Hospital
    Prison Island Islands Isles River Lake Lakes Mountain Mountains Hills Valley Bay Sea
    Ocean Strait Straits Canal Desert Peninsula Province Region County District Prefecture
    Territory Territories Coast Harbour Harbor Park Forest Basin Plateau Plains Glacier
    Falls Beach Port Zone Strip Heights Village Gardens Quarter Oblast Governorate
    Highlands Reservoir Dam Plaza Mall Memorial Monument Cemetery Museum Gallery""".split()
)

# --- Titles and roles --------------------------------------------------------------------
# A capitalised title word before a name marks the name as a person and is left out of
# it: "U.S. President Donald Trump" -> "Donald Trump".
TITLES: frozenset[str] = frozenset(
    """President Minister Secretary Envoy Chancellor Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr.
    Gen Gen. General Sen Sen. Senator Rep Rep. Representative Gov Gov. Governor Pope King
    Queen Prince Princess Sir Dame Lord Lady Judge Justice Ambassador Mayor Chairman
    Chairwoman Chairperson Director Commissioner Spokesman Spokeswoman Spokesperson Premier
    Speaker Archbishop Bishop Cardinal Rev Rev. Reverend Rabbi Imam Sheikh Sheik Ayatollah
    Emperor Empress Sultan Emir Colonel Col Col. Lt Lt. Lieutenant Capt Capt. Captain Sgt
    Sgt. Sergeant Maj Maj. Admiral Adm Adm. Brig Brig. Brigadier Marshal Commander Cmdr
    Cmdr. Prof Prof. Professor CEO Coach Inspector Insp Insp. Detective Det Det. Supt
    Supt. Superintendent Constable Prosecutor Leader Taoiseach Congressman Congresswoman
    Councillor Councilor MP MEP MSP Consul Chief Officer""".split()
)

# Multi-word titles that contain a connector and so cannot be found word by word.
TITLE_PHRASES: frozenset[str] = frozenset(
    """Secretary of State|Chancellor of the Exchequer|Secretary of Defense|Secretary of
    Defence|Secretary of the Treasury|Minister of Defence|Minister of Defense|Minister of
    Foreign Affairs|Minister for Foreign Affairs|Secretary of Homeland Security|Leader of
    the House|Leader of the Opposition|Speaker of the House|President of the European
    Commission|Duke of Edinburgh|Prince of Wales|Chief Executive|Chief Executive Officer""".replace(
        "\n    ", " "
    ).split("|")
)

# Lowercase role nouns that introduce a name: "North Korean leader Kim Jong Un",
# "foreign ministry advisor Kim Kye Gwan".
ROLE_WORDS: frozenset[str] = frozenset(
    """president leader minister secretary envoy advisor adviser spokesman spokeswoman
    spokesperson chairman chairwoman chair chief executive director boss head manager
    coach ambassador diplomat governor senator congressman congresswoman mayor premier
    chancellor commissioner counterpart colleague rival successor predecessor deputy
    founder co-founder owner analyst economist expert professor lawyer attorney judge
    prosecutor general commander captain striker midfielder defender goalkeeper winger
    forward player champion star singer actor actress producer writer author novelist poet
    journalist reporter correspondent editor presenter host comedian rapper musician artist
    designer architect scientist researcher doctor surgeon chef dictator strongman king
    queen prince princess pope cleric imam rabbi bishop archbishop priest candidate
    challenger nominee activist campaigner dissident businessman businesswoman tycoon
    billionaire entrepreneur investor banker wife husband son daughter brother sister
    father mother uncle aunt cousin widow fiancee fiance girlfriend boyfriend teammate
    officer inspector detective sergeant spokesmen ceo chairperson vice-president
    vice-chairman negotiator mediator consultant strategist pollster historian
    commentator""".split()
)

# Prepositions that put a capitalised unknown word in place position: "a briefing in
# Seoul", "talks at Panmunjom".
PLACE_PREPOSITIONS: frozenset[str] = frozenset("in at from near".split())

# Lowercase words that may sit inside a capitalised run: "Bank of England", "Osama bin
# Laden", "Bosnia and Herzegovina".
NAME_PARTICLES: frozenset[str] = frozenset(
    "bin bint ibn van von der den de da das do dos di du del della la le al el y".split()
)
CONNECTORS: frozenset[str] = frozenset("of the for and &".split()) | NAME_PARTICLES

# --- People --------------------------------------------------------------------------------
# Very frequent news names: heads of state and government since 2000 and a few others.
# A surname alone is enough ("Trump said"), so names that are also ordinary words
# ("May", "Major", "Moon", "Ford") are listed only in full.
_PEOPLE = """
Kim Jong Un: Kim Jong-un | Kim Jong-Un | Kim Jong-eun
Kim Jong Il: Kim Jong-il | Kim Jong-Il
Kim Il Sung: Kim Il-sung | Kim Il-Sung
Kim Yo Jong: Kim Yo-jong
Moon Jae-in: Moon Jae In
Park Geun-hye
Lee Myung-bak
Roh Moo-hyun
Kim Dae-jung
Yoon Suk Yeol: Yoon Suk-yeol
Ban Ki-moon
Xi Jinping
Hu Jintao
Wen Jiabao
Li Keqiang
Jiang Zemin
Theresa May
John Major
Gerald Ford
Harrison Ford
Aung San Suu Kyi: Suu Kyi
Dalai Lama
Trump
Obama
Bush
Clinton
Biden
Putin
Medvedev
Yeltsin
Gorbachev
Merkel
Schroeder: Schröder
Scholz
Macron
Sarkozy
Hollande
Chirac
Blair
Brown
Cameron
Johnson
Sunak
Starmer
Thatcher
Kim
Xi
Abe
Koizumi
Kishida
Modi
Erdogan: Erdoğan
Netanyahu
Sharon
Arafat
Abbas
Zelensky: Zelenskyy | Zelenskiy
Berlusconi
Prodi
Meloni
Draghi
Zapatero
Aznar
Trudeau
Harper
Rudd
Gillard
Albanese
Ardern
Lula
Bolsonaro
Chavez: Chávez
Maduro
Castro
Mugabe
Mandela
Mbeki
Zuma
Ramaphosa
Gaddafi: Qaddafi | Kadhafi
Mubarak
Sisi
Assad
Saddam Hussein: Saddam
Khamenei
Ahmadinejad
Rouhani
Khatami
Musharraf
Karzai
Annan
Guterres
Juncker
Barroso
Lukashenko
Orban: Orbán
Yushchenko
Yanukovych
Poroshenko
Saakashvili
Nazarbayev
Mahathir
Duterte
Thaksin
Kagame
Museveni
Obasanjo
Pompeo
Tillerson
Pence
Cheney
Rumsfeld
Powell
Kissinger
Pelosi
Kerry
Gates
Musk
Zuckerberg
Bezos
Murdoch
Buffett

"""

# Title words that are also surnames: "Mervyn King", "Stephen Bishop". After a given
# name and with no name following, they are read as part of the name.
TITLE_SURNAMES: frozenset[str] = frozenset(
    "King Bishop Judge Marshal Prince Lord Justice Chancellor Chief Miss General Constable".split()
)

# Common given names (English-speaking and international). A run of two to four
# capitalised words that starts with one of these reads as a person: "Enrique Pena Nieto".
GIVEN_NAMES: frozenset[str] = frozenset(
    """Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alex
    Alexander Alexandra Alexei Alexis Alfred Ali Alice Alicia Alison Amanda Amy Ana Anders
    Andrea Andreas Andrew Andrei Andrzej Angela Angelina Ann Anna Anne Anthony Antonio
    Arnold Arthur Ashley Ashraf Barack Barbara Barry Ben Benjamin Bernard Bernie Beth
    Betty Bill Billy Bob Boris Brad Brandon Brenda Brian Bruce Bruno Carl Carla Carlos
    Carol Caroline Catherine Charles Charlie Charlotte Chris Christian Christina Christine
    Christopher Claire Claude Colin Condoleezza Craig Cristina Dan Daniel Danny Darren
    David Dean Deborah Denis Dennis Diana Diane Dick Dimitri Dmitry Dominic Dominique
    Donald Donna Doris Douglas Ed Eddie Edward Elena Elizabeth Ellen Emily Emma Emmanuel
    Enrique Eric Erik Ernest Eva Evan Fatima Felipe Fernando Fidel Francis Francisco
    Francois François Frank Fred Frederick Gareth Gary Geoff Geoffrey George Georgia
    Gerald Gerhard Gordon Graham Greg Gregory Hamid Hans Harold Harry Hassan Heather
    Heinz Helen Henry Hillary Hiroshi Hosni Howard Hugh Hugo Hussein Ian Igor Imran Irene
    Isaac Ivan Jack Jacob Jacques James Jamie Jan Jane Janet Jason Javier Jay Jean Jeff
    Jeffrey Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joe Johan John Johnny Jon
    Jonathan Jordan Jorge Jose José Joseph Josh Joshua Juan Judith Julia Julian Julie
    Justin Karen Karl Kate Katherine Kathleen Keith Kelly Ken Kenneth Kent Kevin Khalid
    Kim Kofi Kurt Larry Laura Lauren Laurent Lee Leon Leonid Linda Lisa Louis Louise Lucy
    Luis Luiz Luke Lynn Mahmoud Malcolm Manuel Marc Marco Margaret Maria Marie Mario Mark
    Martin Mary Matt Matthew Maurice Max Megan Mehmet Melania Mervyn Michael Michel Michelle
    Miguel Mike Mikhail Mitch Mohamed Mohammad Mohammed Muhammad Nancy Naomi Natalie Neil
    Nicholas Nick Nicola Nicolas Nigel Nikolai Noah Norman Oliver Olivia Omar Oscar Osama
    Pablo Pamela Paolo Pascal Patricia Patrick Paul Paula Pedro Peter Philip Philippe
    Pierre Rachel Rahul Ralph Ramon Raymond Rebecca Recep Richard Rick Rob Robert Roberto
    Robin Roger Roland Ronald Rose Ross Roy Ruth Ryan Saddam Sally Sam Samantha Samuel
    Sandra Sarah Scott Sean Sebastian Sergei Sergey Shinzo Silvio Simon Sophie Stanley
    Stefan Stephanie Stephen Steve Steven Stuart Susan Tariq Ted Terry Theresa Thierry
    Thomas Tim Timothy Tom Tommy Tony Tyler Valerie Vera Victor Victoria Viktor Vincent
    Vladimir Walter Wayne Wendy William Willie Wolfgang Xavier Yasser Yuri Yusuf Zoe
    Narendra Jair Volodymyr Angela Emmanuel Rishi Keir Liz Olaf Jacinda Justin Scott
    Ursula Boris Jacques Gerhard Silvio Nicolas Francois Vladimir Recep Benjamin Moshe
    Kamala Joe Hillary Mitt Nancy Chuck Mitch Kent Denzel Chad Austin Sydney Florence
    Paris Israel""".split()
)

# --- Words that are never entities -------------------------------------------------------------
MONTHS: frozenset[str] = frozenset(
    """January February March April May June July August September October November
    December Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jul Aug Aug. Sep Sep. Sept Sept. Oct
    Oct. Nov Nov. Dec Dec.""".split()
)

# Capitalised words that open sentences and clauses, pronouns, days and holidays, compass
# points: never an entity on their own, and never the first word of one.
STOP_WORDS: frozenset[str] = (
    frozenset(
        """The A An And But Or Nor So Yet For If When While As After Before Since Until
        Although Though Because Despite However Meanwhile Moreover Furthermore Also Even
        Only Still Then Now Today Yesterday Tomorrow Tonight This That These Those Its It
        His Her Their Our My Your Both Many Some Most All Any Each Every Several Few Other
        Others Another Such No Not Neither Either Last Next First Second Third Former In On
        At By With Without From To Of Into Onto Over Under Among Between During Including
        Like Unlike Against Across Through Throughout Within Beyond Toward Towards Upon Via
        Per About Above Below Around According Regardless Instead Indeed Perhaps Maybe
        Already Earlier Later Once Twice Here There Where What Which Who Whom Whose Why How
        Whether I Me We Us You He Him She They Them Mr Mrs Ms Dr Yes Oh Well Please Thank
        Thanks Sorry Hello Dear Monday
        Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan Eid
        Hanukkah Thanksgiving Halloween North South East West Northern Southern Eastern
        Western Central Upper Lower Greater Inner Outer New Old Great Little Big Top Its
        Page Photo Video Image Images Watch Read More Share Click Subscribe Advertisement
        FILE PHOTO UPDATE BREAKING""".split()
    )
    | MONTHS
)

# All-capital words that are not organisations: units, titles, common abbreviations,
# Roman numerals.
NON_ORG_ACRONYMS: frozenset[str] = frozenset(
    """GDP GNP CEO CFO COO CTO CIO MPs MEP MEPs MSP MSPs HIV AIDS SARS DNA RNA DVD DVDs CD
    CDs PC PCs TV LCD LED GPS SMS MMS PIN ATM VAT GMT BST EST PST UTC AM PM FM USB PDF
    HTML URL WWW RAM ROM CPU GPU API ISA ISAs IPO IPOs ETF OBE MBE CBE KBE VIP VIPs SUV
    SUVs NGO NGOs FAQ ASAP CV MBA BSc MSc PhD DIY RIP PS NB AD BC BCE CE WMD WMDs IED IEDs
    ICBM ICBMs SLBM POW POWs MVP DJ DJs MC PR IVF MRI ID IDs IQ HQ UFO OK II III IV VI VII
    VIII IX XI XII XIII XIV XV XVI XX XXI LOL CCTV PPE QC KC RSS MP3 MP4 ETA TBC TBA
    EV EVs AI IT ICT PTSD ADHD COVID SMEs SME CAD CGI GCSE GCSEs""".split()
)

# Lowercase words common in English prose (counted over public fact-checking corpora:
# debate transcripts, PolitiFact statements, Snopes claims; words often capitalised
# mid-sentence, like "bush" or "china", were left out). A capitalised word that opens a
# sentence and is one of these ("Police said", "Officials told") is not a name.
_COMMON = """
abandon abandoned abandoning abbreviation abdomen abducted abduction abductions abide abiding
abilities ability able aboard abolish abolished abolishing abolition abolitionist abort aborted
abortion abortions abound about above abroad abruptly absence absent absentee absolute
absolutely absorb absurd abuse abused abusers abuses abusing academic accelerated accent accept
acceptable acceptance accepted accepting accepts access accessible accessing accident accidental
accidentally accidents accommodate accompanied accompany accompanying accomplice accomplish
accomplished accomplishment accomplishments accordance according accordingly account
accountability accountable accounted accounting accounts accumulate accumulated accuracy
accurate accurately accusation accusations accused accuser accusing achieve achieved achievement
achievements achieving acid acknowledge acknowledged acknowledges acknowledging acquire acquired
acquiring acquisition acquitted acres acronym across acted acting action actions activated
active actively activist activists activities activity actor actors actress acts actual actually
ad adapt add added addicted addiction addictive addicts adding addition additional address
addressed addresses addressing adds adequate adequately adjust adjusted adjustment adjustments
administer administered administration administrations administrative administrator
administrators admirals admire admission admissions admit admits admitted admitting adopt
adopted adopters adopting adoption adoptive adorned ads adult adults advance advanced advances
advancing advantage advantages adversarial adversaries adversary adverse advertise advertised
advertisement advertisements advertising advice advise advised adviser advisers advises advising
advisor advisors advisory advocacy advocate advocated advocates advocating aerial affair affairs
affect affected affecting affection affects affiliate affiliated affiliations affinity
affirmative affixed afford affordability afraid after aftermath afternoon afterwards again
against age aged agencies agenda agendas agent agents ages aggregated aggression aggressive
aggressively ago agree agreed agreeing agreement agreements agrees agricultural ahead aid aide
aided aides aiding ailing ailments aim aimed aiming aims ain airborne aircraft aired airing
airline airliner airman airplane airplanes airport airports airstrike aisle aka alarm alarming
alarmist albino album alcohol alert alerts algae alien alienated aliens align aligned alike
alive all allegation allegations allege alleged allegedly alleges alleging allergic allergies
allergy alleviate alley alliance alliances allies alligator alligators allocate allocated
allotted allow allowance allowances allowed allowing allows alluded ally almost alone along
alongside already also alt altar alter altercation altered altering alternate alternative
alternatives although altogether aluminum always am amazed amazing ambassadors ambitions
ambitious ambulance ambush amen amend amended amendments amid amidst ammo ammunition amnesty
among amongst amount amounted amounts amphibian ample amplified amusement amusing an anaconda
anal analysis analysts analyze analyzed anarchists anatomically ancestors ancestry anchor
ancient and anecdote anecdotes anger angered angrily angry animal animals animated animation
animators ankle anniversaries anniversary announce announced announcement announces announcing
annual annually anonymous another answer answered answering answers ant anthem anthropogenic
anti antibiotics anticipate anticipating ants anus anxiety anxious any anybody anybodys anymore
anyone anything anytime anyway anywhere apart apartheid apartment apocalyptic apocryphal
apologies apologize apologized apologizes apologizing apology app appalled apparel apparent
apparently apparition appeal appealing appear appearance appearances appeared appearing appears
appease appendix applaud applauded apples appliance applicable applicants application
applications applied applies apply applying appoint appointed appointee appointees appointing
appointment appointments appreciate appreciated apprehended approach approached approaches
approaching appropriate appropriated appropriately appropriation approval approve approved
approving approximately apps arbitration architect architecture archive are area areas aren
arena arent argue argued arguing argument arguments arm armbands armed armies armor armored arms
arose around arranged arrangements array arrest arrested arresting arrests arrival arrived
arriving arrow arrows arsenal arsenic art arthritis article articles articulate articulated
artifact artificial artificially artillery artist artists artwork as asbestos ashamed ashes
ashore aside ask asked asking asks asleep aspect aspects aspirations ass assailants assassinate
assassinated assassinating assassination assassinations assault assaulted assaulting assaults
assert asserted asserting assertion assertions asserts assessed assessment assessments asset
assets assigned assignment assimilation assist assistance assistant assisted assisting associate
associated assortment assume assumed assuming assumption assumptions assurance assure assured
asteroid asthma astonishing astrological astronaut astronauts astronomical astrophysicist asylum
at ate atheist atheists athlete athletes athletic atmosphere atomic atop atrocities attached
attack attacked attacker attackers attacking attacks attempt attempted attempting attempts
attend attendance attendant attended attendee attendees attending attention attire attitude
attitudes attorneys attract attracted attracting attraction attractive attribute attributed
attributes attributing auction audience audiences audio audit audited auditor authentic
authenticity author authored authorities authority authorize authorized authorizing authors
authorship autism autistic auto automakers automated automatic automatically automobile
automobiles automotive autonomy availability available avalanche average averaged averages avian
avoid avoidance avoided avoiding awaiting awake award awarded awarding aware awareness away
awesome awful awfully awry axe babies baboon baby babysitter back backdrop backed background
backgrounds backing backlash backlog backpack backpacks backs backstory backward backwards
backyard bacon bacteria bad badly baffled bag baggage bags bail bailout bailouts bait baked
bakery balance balanced balances balancing bald ball ballistic balloon balloons ballot ballots
balls balm ban banana bananas band bands bank bankers banking bankrupt bankruptcies bankruptcy
banks banned banning bans bar barbecue bare barely bargain bargained bargaining barn barracks
barred barrel barrels barrier barriers barring bars base baseball based baseless basement bases
basic basically basis basket basketball baskets bat bath bathroom bathrooms bathtub bats
batteries battery batting battle battlefield battleground battling be beaches beads beagle beans
bear beards bearer bearing bears beat beaten beating beautiful beauty became because become
becomes becoming bed bedbugs bedroom beds beef been beer bees before began begging begin
beginning begins begun behalf behaving behavior beheaded beheading behest behind beholder being
beings belief beliefs believe believed believer believes believing belong belonged belonging
belongs beloved below belt belts beneath benefactor beneficial beneficially beneficiaries
beneficiary benefit benefited benefiting benefits benefitted benefitting bent beside besides
best bet betrayed better between beverage beverages beware bewildered beyond bias biased bicycle
bid bidding biennium big bigger biggest bigoted bike bikini bilateral bill billboard billboards
billed billion billionaire billionaires billions bills bin binary binding binge biodiesel
biofuels biography biological biology biotech bipartisan bipartisanship bird birds birth
birthday birther birthright births biscuit biscuits bisexual bison bit bite bites biting bits
bitten bitter bizarre blackface blackmail blackmailed blackout blacks blades blame blamed
blaming blank blanket blasted blatant bleach bled bleeding blended bless blessed blew blind
blinded blizzard block blocked blocking blocks blog blogs blood bloodshed bloody blooms blow
blowing blown blows blue blueprint bluntly blurred blurry board boarding boards boasted boat
boats bobcat bodied bodies bodily body bogus boiled bold bolster bomb bombed bomber bombers
bombing bombings bombs bond bonds bones bong bonus bonuses booby booed book books boomers boos
boost boosted boot booth booths boots border borders bore boring born borne borrow borrowed
borrowing borrows boss bosses botched both bother bothered bothers bots bottle bottled bottles
bottom bought bounced bound boundaries bout bow bowling box boxes boy boycott boyfriend boys bra
bracelet bracelets bracket brackets bragged bragging brags brain brains branch branches brand
branded brandishing brands brass brave brawl brazen breach breached bread break breakdown
breakfast breaking breaks breakthrough breast breastfeeding breasts breath breathe breathing
bred breed bribe bribed bribes bricks bride brides bridesmaid bridge bridges brief briefing
briefly bright brighter brilliant bring bringing brings brink broad broadband broadcast
broadcasting broaden broader broadly broke broken broker brothel brother brought browser brush
brutal brutality brutally bubble buck bucks budget budgeting budgets buffer buffet bug bugs
build building buildings built bulb bulbs bulk bullet bullets bullies bulls bully bullying bump
bumper bunch bunker buns burden burdened burdening burdens bureaucracies bureaucracy bureaucrat
bureaucratic bureaucrats burgers burglar burglary burgle burgled burial buried burn burned
burning burns burnt burst bury burying bus buses bushfires busiest business businesses
businessman businessmen busing bust busted busting busy but butt butter butterfly button buttons
buy buyer buyers buying buys by bystanders cab cabinet cable cache cactus cadaver cadets
cafeterias cage cake cakes calamitous calamity calculated calculator calendar calf caliber call
called calling calls calm calories came camels camera cameras camp campaign campaigned
campaigning campaigns camps campus campuses can canals cancel canceled canceling cancellation
cancelled cancer cancers candidacy candidate candidates candies candle candlelight canine
canines cannabis canned cannibal cannot cans cant cap capabilities capability capable capacity
capita capital capitalism capitalize capitalized capitals caps caption captioned captions
captive captivity capture captured captures capturing car caravan carbon carcass carcasses
carcinogen carcinogenic card cardboard cardiac cardiologist cards care career careers careful
carefully careless cares cargo caring carjackers carjacking carried carriers carries carrots
carry carrying cars cart cartel cartels cartoon cartoonist cartoons cartridge carts carved
carving case cases cash cashed cashiers casino casinos casket cassette cast casting casualties
cat catastrophe catastrophic catch catching category catfish cats cattle caucuses caught cause
caused causes causing caustic caution cautious cavalier cave cavity cease ceiling celebrate
celebrated celebrating celebration celebrations celebrities celebrity cell cellphone cellphones
cells cellular cement censor censored cent centered centerpiece centrifuges cents centuries
century cephalopod cereal cerebral ceremonies ceremony certain certainly certainty certificate
certificates certification certified cervical cetera chain chains chair chaired chairman chairs
chalk challenge challenged challenges challenging chamber chameleon champagne champion chance
chances change changed changes changing channels chanted chanting chants chaos chaotic chaplains
chapter character characteristic characteristics characterization characterize characterized
characters charge charged charges charging chariot charitable charities charity charred chart
charter chartered charts chased chasing chatter cheap cheaper cheat cheated cheating check
checked checking checks cheek cheer cheerleader cheers cheese cheeseburger chemical chemicals
chemistry chemotherapy chemtrail cherries cherry chess chest chew chewing chicken chickens chief
child childbirth childhood childless children chili chilling chimp chips chocolate chocolates
choice choices choking choose chooses choosing chose chosen chronic chronically chronicles
chronologically chunk churches churchgoers churned chyron cigar cigarette cigarettes cigars
circle circles circular circulate circulated circulating circulation circumstance circumstances
circumvent circus citation cite cited cites cities citing citizen citizens citizenship citys
civil civilian civilians civilization civilized clad claim claimed claiming claims clapping
clarification clarified clarify clarity clashed class classes classic classified classmate
classmates classroom classrooms clause clean cleaned cleaner cleaning cleansing cleanup clear
clearance cleared clearing clearly clerk clever click clickbait clicked clicks client clients
cliff climate climb climbed climbing clinical clinics clip clips clock clocks clone cloned close
closed closely closer closes closest closing closure cloth clothes clothing cloud clouds clown
clowns clubs clueless clutching co coach coaches coal coalition coaster coat coats cocaine
cockpit cockroach cocktail coconut code coded codes coed coerced coffee coffin coffins cognitive
coin coincide coincided coincidence coincidences coincidental coincidentally coined coins
collaborative collage collapse collapsed collar collars collateral colleague colleagues collect
collected collecting collection collective collectors collects college colleges collision color
colored colorful coloring colors column columnist com coma combat combatants combating
combination combined come comeback comedian comedy comes comfort comfortable comforting comic
coming command commander commanders commemorating commemoration commemorative commencement
commend comment commentary commentator commentators commented comments commercial commercials
commissioned commissions commit commitment commitments commits committed committees committing
commodity common commonly communicate communicating communication communications communities
community commute companies companion company comparable compare compared compares comparing
comparison comparisons compassion compassionate compatible compelling compensated compensation
compete competence competent competing competition competitive competitor competitors compiled
complain complained complaining complains complaint complaints complete completed completely
completes complex compliance complicated complications compliment comply component components
composed composite composition compound compounds comprehensive comprise compromise compromised
compromising compulsory computer computers con conceal concealed concealing concede conceded
conceive concentrate concentration concept conception concern concerned concerning concerns
concert concerted concerts concession concessions conclude concluded concludes conclusion
conclusions conclusive concocted concrete condemn condemnation condemned condemning condition
conditioner conditioning conditions condolence condom condoms conduct conducted conducting cone
conference conferences confessed confession confidence confident confidential confined confines
confirm confirmation confirmed confirming confirms confiscate confiscated confiscating
confiscation conflate conflated conflict conflicting conflicts conform confront confrontation
confronted confronting confuse confused confusing confusion congenital congested congratulate
congratulating congratulations congregation congressmen conjunction connect connected connecting
connection connections connects conquer conscience consecutive consensus consent consequence
consequences conservation conservative conservatives consider considerable considerably
consideration considered considering considers consistent consistently consisting console
conspicuous conspiracy conspiratorial constant constantly constituency constituent constituents
constitute constitutes constitutional constitutionality construct constructed constructing
construction constructive consulate consult consultation consulted consulting consume consumed
consumer consumers consumes consuming consumption contact contacts contagious contain contained
container containers containing containment contains contaminated contamination contender
content contents contest contestant contested contests context continent contingent continual
continually continuation continue continued continues continuing continuity continuous
contraception contraceptive contraceptives contract contracted contracting contractor
contractors contracts contradicted contradictory contrary contras contrast contrasted
contrasting contrasts contribute contributed contributes contributing contribution contributions
contributor contributors control controlled controlling controls controversial controversies
controversy convenience conventional conversation conversations conversion convert converted
converting convicted conviction convictions convince convinced convincing cooked cookies cooking
cool cooling cooperate cooperating cooperation coordinate coordinated cop copied copies copper
cops copy copypasta copyright cord corn corner corners coronavirus corporate corporations corpse
corpses correct corrected correcting correction correctional correctly correctness correspond
correspondent corroborate corrupt corruption cosmetic cosmetics cosponsored cost costed costing
costly costs costume couch cough coughing could couldn couldnt counseling counselor count
counted counter counterfeit counterfeiting counterpart counterparts counters counterterrorism
counties counting countless countries country countrys counts coup couple couples coupon coupons
courage course courses courts cousin cousins cover coverage covered covering covers covert cow
cows coyote crabs crack crackdown crackers cracking cradle craft crafted cramps crash crashed
crashes crashing crawling crayon craze crazed crazy cream create created creates creating
creation creative creator creators creature creatures credence credentials credibility credible
credit credited credits creep creepy cremated crew crews crib cries crime crimes criminal
criminals crippled crippling crises crisis criteria criterion critic critical critically
criticism criticisms criticize criticized criticizes criticizing critics critique crocodile
crooked crop crops crossed crosses crossing crossings crosstalk crowd crowded crowds crucial
crude cruel cruelty cruise crushed crushing cry crying crystal cub cucumbers culprit cult
cultural culture cups curb cure cured cures curfew curing curious currency current currently
curriculum curse custody custom customer customers cut cutbacks cute cuts cutting cyber
cyberbullying cycle cynical cynicism czar da dad dads dairy damage damaged damages damaging damn
dams dancer dancing danger dangerous dangerously dangers dare dark darkest darkness darn
dashboard data database date dated dates dating daughter daughters day daycare days de dead
deadlier deadliest deadline deadly deaf deal dealer dealers dealership dealerships dealing
dealings deals dealt death deathbed deaths debate debated debates debating debit debris debt
debts debunk debunked debut decade decades decal decapitated decay deceased deceive deceiving
decency decent deception deceptive deceptively decide decided deciding decimated decision
decisions deck declare declared declaring decline declined declining decor decorated decorations
decrease decreased decreases decreed decried dedicated deduct deductible deductibles deduction
deductions deeds deemed deeming deep deeper deepest deeply deer defaced default defeat defeated
defeating defecated defecating defect defective defects defend defendants defended defenders
defending defense defenses defensive deferred defiance deficiencies deficit deficits defied
define defined defining definitely definition definitions definitive deformed defund defunded
defunding defy degree degrees dehydrated delay delayed delaying delays delegate delegates
delegation delete deleted deleterious deleting deliberate deliberately deliver delivered
deliveries delivering delivers delivery demand demanded demanding demands dementia demise
democracies democracy democratically demographic demolition demonic demonstrably demonstrate
demonstrated demonstrates demonstrating demonstration demonstrations demonstrators denial denied
denier denies denigrating denounce denouncing dental dentist deny denying departed departments
departure depend dependence dependency dependent dependents depending depends depict depicted
depicting depiction depicts depleted depletion deplorables deploy deployed deploying deployment
deployments deport deportation deportations deported deporting deposit deposited deposition
deposits depreciation depressed depressing deprive deprived depths deputies deputy derail
deregulation derivatives derive derived derives derogatory descended descent describe described
describes describing description descriptions desert deserted deserters deserve deserved
deserves design designate designated designation designed designer designs desirable desire
desist desk desks despair desperate desperately despite destabilize destabilizing destined
destiny destroy destroyed destroying destroys destruction destructive detached detail detailed
detailing details detain detained detainees detect detected detection detente detention deter
detergent deteriorate deteriorating deterioration determination determine determined determines
determining deterrent devastated devastating devastation develop developed developers developing
development developments device devices devil devote devoted diabetes diagnose diagnosed
diagnosis diagnostic dial dialogue diaper diapers diarrhea dictator dictators dictatorship
dictionary did didn didnt die died dies diet differ differed difference differences different
differently difficult difficulties difficulty diffuser dig digging digit digital digitally
digits dignity dime dimension diminish diminished diners dining dinner dinners dinosaur
dinosaurs dioxide dip diploma diplomacy diplomat diplomatic diplomatically diplomats dire direct
directed directing direction directions directly director directors dirty disability disable
disabled disadvantaged disadvantages disagree disagreed disagreement disagreements disagrees
disappear disappearance disappeared disappearing disappears disappointed disappointment
disapproval disarm disarmament disarmed disaster disasters disastrous disavowed disbarred
discarded discern discharge discharged discipline disciplined disclaimed disclaimer disclose
disclosed disclosing disclosure discontinue discontinued discontinuing discount discounts
discourage discouraged discover discovered discovering discovers discovery discredit discredited
discretion discretionary discriminate discriminated discriminating discrimination discuss
discussed discussing discussion discussions disease diseases disenfranchised disgrace disgraced
disgraceful disgruntled disguise disguised disgusting dish dishonest disinformation dismantle
dismantling dismissal dismissed disorder disparaged disparaging disparate disparity dispatched
dispatches displaced display displayed displaying displays disposable disposal
disproportionately dispute disputed disputes disqualified disreputable disrespect disrespectful
disrupt disrupting disruption disruptive disseminated dissolved distance distanced distancing
distant distasteful distinction distinctive distinguish distinguished distinguishes distorted
distracted distracting distraught distress distressed distribute distributed distributing
distribution distributors district districts disturbing ditch diver diverse diversion diversity
divert diverted diverting divide divided dividend dividends division divisions divisive
divisiveness divorce divorcing do doctor doctored doctors document documentary documentation
documented documenting documents does doesn doesnt dog dogfighting dogs doing doll dollar
dollars dolls dolphin domain domestic dominant dominated domination don donate donated donates
donating donation donations done donned donning donor donors dont donut doomed doomsday door
doors doorstep dorm dose doses dots double doubled doubles doubling doubt doubts dough down
downhill downsizing downtown downturn dozen dozens draft drafted drag dragged dragging drain
drained drains drama dramatic dramatically drastic drastically draw drawing drawn draws dream
dreamed dreams dress dressed dresses drew drift drifting drill drilled drilling drink drinking
drinks drive driven driver drivers drives driving drone drones drop dropout dropped dropping
drops drought drove drown drowned drowning drug drugged drugs drummer drunk drunken dry dryer du
dubbed dubious ducks duct due dues dug dumb dumbest dump dumped dumping dumps dumpster duo dupe
duped duration during dust duties duty dwelling dye dying dynamic dynamics dystopian each eagle
ear earlier earliest early earmark earmarks earn earned earners earning earnings earns earpiece
ears earthquake earthquakes ease easier easily easy eat eaten eating echoed eclipse eco economic
economically economics economies economist economists economy edge edible edited editing edition
editor editorial editors edits educate educated education educational educator educators eerily
effect effective effectively effectiveness effects efficacy efficiency efficient efficiently
effort efforts egg eggs egregious eh eight eighteen eighth eighty either ejaculation ejected
elaborate elderly eldest elect elected electing election elections elective electoral electorate
electors electric electrical electricity electrified electrocuted electronic electronics element
elements elephant elephants elevator eleven eligibility eligible eliminate eliminated eliminates
eliminating elimination elite elk else elsewhere elusive em email emails embargo embarrassed
embarrassing embarrassingly embarrassment embassy embattled embedded embellished emboldened
embrace embraced embracing embryonic emerge emerged emergencies emergency emerging eminent
emission emissions emit emitted emoji emotional emphasis emphasize employ employed employee
employees employer employers employing employment employs empower empowers empty enable enabled
enables enabling enact enacted enacting enactment enclosed encounter encounters encourage
encouraged encourages encouraging end endanger endangered ended ending endless endorse endorsed
endorsement endorses endorsing ends endured enduring enemies enemy energies energy enforce
enforced enforcement enforcing engage engaged engagement engaging engine engineer engineered
engineering engineers engines enhance enhanced enhancement enhancing enjoy enjoyed enjoying
enjoys enlist enlisted enlistment enormous enormously enough enrich enriched enrichment enroll
enrolled enrollee enrollment ensemble enslaved ensure entendres enter entered entering
enterprise enterprises enters entertain entertainer entertainment enthusiastic enthusiastically
entire entirely entirety entities entitled entitlement entitlements entity entrance entrepreneur
entrepreneurs entries entry envelope envelopes environment environmental environmentalist
environmentalists environmentally envoy envy epic epidemic episode episodes equal equality
equally equals equated equipment equipped equity equivalent era erased erected erection erosion
erroneous erroneously error errors erupted erupting eruption es escalated escalating escalation
escape escaped escaping escorted especially espionage espoused essay essence essential
essentially establish established establishing establishment estate estimate estimated estimates
et etc ethanol ethical ethics ethnic ethnicity etymology eugenics euthanasia euthanize
euthanized euthanizing evacuated evacuation evaded evaders evading evaluation evangelical
evangelist even evening evenly event events eventual eventually ever every everybody everyday
everyone everything everywhere evidence evidently evil evolution evolved ex exact exactly
exaggerate exaggerated exaggerates exaggeration exaggerations exam examination examine examined
example examples exams exceed exceeded exceeds excellence excellent except exception exceptions
excerpt excerpts excess excesses excessive exchange exchanged exchanges excise excised excited
exciting exclude excluded excludes excluding exclusive exclusively excuse excused execute
executed executing execution executions executive executives exemplified exempt exempted
exempting exemption exemptions exempts exercise exercised exercises exercising exhaust exhausted
exhibit exist existed existence existent existing exists exit exiting exonerated exorbitant
exotic expand expanded expanding expansion expansions expect expectancy expectations expected
expecting expelled expenditure expenditures expense expenses expensive experience experienced
experiences experiencing experiment experimental experiments expert expertise experts expiration
expire expired expires explain explained explaining explains explanation explanations explicit
explicitly explode exploded exploding exploit exploited exploration explore exploring explosion
explosions explosive explosives export exporting exports expose exposed exposing exposure
express expressed expresses expressing expression expressly extend extended extending extends
extension extensive extensively extent exterior extermination external extinct extinction
extortion extra extraordinarily extraordinary extraterrestrial extraterrestrials extreme
extremely extremes extremism extremist extremists eye eyeballs eyebrows eyed eyes fabric
fabricated fabrication face faced faces facial facilitate facilities facility facing fact factor
factories factors factory facts factual factually faculty fad fail failed failing fails failure
failures fair fairer fairly fairness faith fake faked faking fall fallen falling fallout false
falsehood falsely famed familial familiar families family famous famously fan fancy fans
fantastic fantasy far fares farewell farm farmer farmers farming farms farther farting
fascinated fascinating fascism fascist fascists fashion fashioned fast faster fastest fat fatal
fatalities fatally fate fates father fathered fathers fault faulty faux favor favorable favored
favorite favors fawn fear feared fearful fearmongering fears feasible feathers feature featured
features featuring feces fed federal federally feds fee feed feeding feel feeling feelings feels
fees feet feline fell fellow felon felonies felons felony felt female females feminine feminist
fence fencing feral fertility festival festivities fetal fetched fetus fetuses fever few fewer
fewest fi fiction fictional fictitious fidget field fields fiery fifteen fifth fifty fight
fighter fighters fighting fights figure figured figures figuring fil file filed files filibuster
filibustered filing fill filled filler filling fills film filmed filming films filter filters
final finalize finally finance financed finances financial financially financier financing find
finding findings finds fine fined fines finest finger fingerprint fingers fining finish finished
finishing finite fire firearm firearms fired firefighter firefighters firehouses fires fireworks
firing firm firmly firms first firsthand fiscal fiscally fish fisherman fishermen fishing fist
fit fitness fits five fix fixed fixes fixing flag flagged flagpole flags flames flamingo flash
flashing flat flatly flavor flavored flavoring flavors flawed flea fled flee fleeing fleet flesh
flew flexibility flexible flier flies flight flights flinging flip flipped flipping floated
floating flood flooded flooding floods floodwaters floor flopped flow flower flowering flowers
flowing flown flu fluffy fluid fluorescent fluoride flurry flush flushed fly flyer flying foam
focus focused focusing focussed fodder foe foil foiled folded folds folklore folks follow
followed followers following follows followup food fooled fooling foot footage football footed
footprint footprints for forbidden force forced forces forcible forcibly forcing forecast
forecasts foreclosure foreclosures forehead foreign foreigners foremost foresee forests
foretells forever forfeiture forged forget forgive forgiving forgot forgotten fork form formal
formaldehyde format formation formations formats formed former formerly forming forms formula
formulated forth forthcoming fortunate fortunately forty forum forward forwarded forwarding
forwards fossil fought foul found founded founder founders founding four fourteen fourth
fracking fraction fragile fragments fragrance frame framed frames framework framing franchise
frankly fraternity fraud fraudulent freak free freed freedom freedoms freeing freely freeway
freeze freezer freezing freight frenzy frequency frequent frequently fresh freshman freshwater
fried friend friendly friends friendship frightened frightening frighteningly fringe frisk
frivolous frog from front froze frozen fruit fruits frustration fuel fueled fuels fugitives
fulfill full fullest fully fumes fun function functionally functioning functions fund
fundamental fundamentally fundamentals funded funding fundraiser fundraisers fundraising funds
funeral funerals fungus funnel funneled funny fur furloughed furniture furry further furtive
furtively fused futile future futures futuristic fuzzy gaffe gag gain gained gaining gains
gallery gallon gallons gambling game games gang gangs gap garage garb garbage gardens garlic
garments garnered gas gases gasoline gassing gate gateway gather gathered gathering gatherings
gave gay gays gear gender gendered generally generals generate generated generates generating
generation generations generator generic generosity generous genetic genetically genital
genitals genius genocide gentleman gentlemen gentler genuine genuinely geography geopolitical
germs gesture gestures get getaway gets getting ghetto ghost ghostly ghosts giant gift gifts
gigantic giraffe giraffes girl girlfriend girls give giveaway giveaways given gives giving glad
glass glasses gleaned glimpse glitch global globally globe glow glowing go goal goals goat goes
going gold golf golfer golfing gone gonna good goodbye goodies goodness goods gorilla gospel got
gotta gotten govern governing government governmental governments governors governorship grab
grabbed grabbing grade grader graders grades grads gradually graduate graduated graduates
graduating graduation graffiti grain grand grandchild grandchildren granddaughter grandfather
grandmother grandparents grandson grant granted granting grape grapes graphic graphics grasp
grass grassroots grate grateful gratitude grave gravely graves gravestone graveyard great
greater greatest greatly greatness greed greenhouse greeted greeting grenades grew grid gridlock
grieving grip grisly groceries grocery grooming groped groping gross grossly ground
groundbreaking grounded grounds groundwater group groups grow growing grown grows growth
gruesome guacamole guarantee guaranteed guaranteeing guarantees guarded guarding guardrail
guards gubernatorial guess guessed guest guests guidance guided guidelines guillotine guilt
guilty guise guitar guitarist gum gun gunfire gunman gunned gunner gunpoint guns gut guts gutted
gutting guy guys gym gymnast gynecologist habit habitat habits habitual hack hacked hacker
hackers hacking hackles hacks had hadn hailing hair haircut hairy halal half halftime halfway
hall halls hallucinogenic hallway halt halted ham hamburger hamburgers hammer hammers hand
handcuffed handcuffs handed handful handgun handguns handicapped handing handle handled handles
handling hands handshake handwritten handy hang hanged hanging hangs hapless happen happened
happening happens happily happiness happy harassed harassing harassment harbors hard harder
hardest hardly hardship hardworking harm harmed harmful harming harmless harrowing harsh harvest
harvested has hashtag hasn hasnt hat hatched hatchet hatching hate hated haters hates hatred
hats haunted haunting have haven havens havent having havoc hay hazard hazards he head headaches
headed heading headlights headline headlines headphone headquarters heads headstone headstones
heal healing health healthcare healthier healthy hear heard hearing hearings heart heartbeat
heartbreaking hearts heartwarming heat heated heating heavens heavily heavy hed hedge hefty
height heinous held helicopter helicopters helium hell helmet help helped helpful helping helps
hemisphere hemispheric hemorrhage hemp henna her herbicide herd here heritage hero heroes heroic
heroin herpes hers herself hes heterosexual hid hidden hide hiding high higher highest highlight
highlighted highlighting highlights highly highway highways hijab hijacked hijackers hijacking
hike hiker hikers hikes hilarious him himself hinted hip hire hired hiring his historian
historic historical historically history hit hits hitting hoax hoaxes hoc hockey hogs hold
holders holding holds hole holes holiday holidays home homeless homelessness homemade homeowner
homeowners homes homestead hometown homework homicide homicides homophobic homosexual
homosexuality homosexuals honest honestly honesty honey honor honorable honorary honored
honoring hoods hooves hop hope hoped hopeful hopefully hopes hoping horizon hormone hormones
horn horned horns horrendous horrible horribly horrific horrified horrifying horror horse horses
hose hospice hospital hospitality hospitalized hospitals host hostage hostages hosted hostile
hosting hosts hot hotel hotels hotline hour hourly hours housed household households
housekeeping houses housing how however huge hugging human humanitarian humanity humans humble
humiliated humiliation hummingbird humor humorist humorous humpback hundred hundreds hung hunger
hungry hunt hunted hunters hunting hunts hurricanes hurt hurtful hurting hurts husband husbands
hybrid hydrant hydroelectric hydrogen hydroxychloroquine hyperpartisan hypocrisy hypocritical
hypocritically ice iceberg icon iconic idea idealism ideals ideas identical identifiable
identification identified identifies identify identifying identities identity ideological
ideology idiot if ignition ignorance ignorant ignore ignored ignores ignoring ill illegal
illegally illegals illegitimate illiterate illness illnesses illuminated illusion illustrate
illustrated illustrates illustration image imagery images imaginary imagination imaginations
imagine imagined imam imitation immediate immediately immigrant immigrants immigrate immigration
imminent immoral immune immunity impact impacted impair impaired impaled impeach impeached
impeaching impeachment implant implanted implanting implants implement implementation
implemented implementing implication implications implied imply import importance important
importantly imported importing imports impose imposed imposes imposing impossible impregnated
impress impressed impression impressive imprint imprisoned imprisonment improbable improper
improperly improve improved improvement improvements improving impulses in inaccuracies
inaccurate inaccurately inaction inactive inadequate inadequately inadvertently inappropriate
inappropriately inaudible inaugural inaugurated inauguration inbox incandescent incarcerated
incarceration incendiary incentive incentives incest inch inches incidence incident incidentally
incidents inciting inclination include included includes including inclusion inclusive income
incomes incoming incompetent incomplete inconclusive inconsistent inconvenience incorporate
incorrect incorrectly increase increased increases increasing increasingly incredible incredibly
incriminating incumbent incumbents indeed indefensible indefinitely independent independents
indicate indicated indicates indicating indication indications indicative indicator indict
indicted indictment individual individually individuals indoor induce inducing industrial
industrialized industries industry ineffective inefficient ineligible inequality inevitable
inevitably inexperienced infamous infancy infant infants infect infected infecting infection
infections infectious inferior infertility infestation infested infidelities infidels
inflammatory inflatable inflation inflationary influence influenced influences influenza influx
info infographic inform informal information informed informing infrastructure infringement
ingenuity ingest ingesting ingestion ingredient ingredients inhabit inhabitants inherently
inherit inheritance inherited inhibit initial initially initials initiate initiated initiates
initiation initiative initiatives inject injected injecting injection injunction injured
injuries injury injustice ink inmate inmates innate inner innocence innocent innocuous
innovation innovative innuendo input inquired inquiries inquiry insane inscribed inscription
insect insecticide insects insensitive inserted inserting inside insider insidious insinuating
insist insisted insistence insisting insists insofar inspected inspection inspections inspector
inspectors inspiration inspirational inspire inspired instability install installation
installations installed installing instance instances instant instantly instead instill instinct
instituted institution institutions instructed instructing instruction instructions instructor
instructs instruments insufficient insulin insult insulted insulting insults insurance insure
insured insurers insures insurgents insurrection intact integral integrated integrity intellect
intellectual intelligence intelligent intend intended intends intense intensify intent intention
intentional intentionally intentions interaction interactions intercepted intercontinental
intercourse interdiction interest interested interesting interests interfere interfered
interference interfering interim intern internationally internment interns interpret
interpretation interpreted interrupt interrupted intervene intervened intervention interview
interviewed interviewer interviews intimate intimidate intimidation into intoxicated intravenous
intriguing introduce introduced introducing introduction intruder intruders invade invaded
invading invasion invasive invent invented inventing invention inventive inventor invest
invested investigate investigated investigating investigation investigations investigative
investigator investigators investing investment investments investor investors invisible
invitation invite invited inviting invoke invoked involuntarily involve involved involvement
involves involving ironic ironically irony irredeemable irrelevant irreparably irresponsible is
islands isn isnt isolate isolated isolation issue issued issues issuing it item items its itself
jab jacket jackpot jail jailed janitor jar jaws jelly jellyfish jeopardize jeopardy jet jetliner
jets jewelry jihadist jihadists job jobless jobs join joined joining joke joked jokes joking
journalism journalist journalists journey judge judged judges judging judgment judgments
judicial judicious juice jump jumped jumping junk junket jurisdiction jurisdictions jury just
justices justified justifies justify juvenile kayaker keep keeping keeps kept ketchup key
keyless keys kick kicked kicker kicking kid kidnapped kidnapping kidnappings kidney kidneys kids
kill killed killer killing killings kills kind kindergarten kindness kinds kingpins kiss kissing
kitchen kitchens kits kitten kittens knee kneel kneeled kneeling knees knew knife knock knocked
knocking knockout knocks know knowing knowingly knowledge knowledgeable known knows lab label
labeled labeling labels labor laced lack lacked lacking lacks ladder ladies laid lame lamented
laments lamp land landed landfall landfill landing landings landlord landmark landmarks lands
landscape landslide lane lanes language languages lap lapse laptop large largely larger largest
larvae laser last lasting lastly latched late lately later latest latter lauded laugh laughed
laughing launch launched launcher launchers launching laundry lava lavish law lawmaker lawmakers
lawn laws lawsuit lawsuits lawyer lawyers lax lay laying layoff layoffs lazy lb lead leader
leaders leadership leading leads leaf leak leaked leaking leaks leaning leap leaping learn
learned learning learns lease leased leases least leather leatherback leave leaves leaving
lecture led left leftist leg legacy legal legalization legalize legalized legalizing legally
legend legendary legends legislate legislation legislative legislator legislators legislatures
legitimacy legitimate legitimately legitimize legs lemon lemons lend lenders lending length
lengths lengthy lesbian lesbians less lessen lesser lesson lessons let lethal lets letter
letters letting lettuce leukemia level leveled levels lever leverage leveraged lewd liability
liar liberal liberals libraries lice license licensed licenses licensing licking lid lie lied
lies lieutenant life lifelong lifesaving lifespan lifestyle lifestyles lifetime lifetimes lift
lifted lifting light lightbulb lighter lighting lightly lightning lights like liked likelihood
likely likened likeness likes likewise liking limbs limit limitation limitations limited
limiting limits limousine line lined lines lingerie lining link linked linking links lions lip
lips lipstick liquid liquidate liquor list listed listen listened listeners listening listing
lists lit litany literally literature lithium litigation litmus litter little live lived liver
livestock livestream living lizard ll load loaded loading loaf loan loans lobbied lobbying
lobbyist lobbyists lobsters local locate located locating location locations lock lockbox
lockdown locked locker locking locks lodged log logic login logistical logo lonely long longer
longest longstanding longtime look lookalike looked looking lookout looks looming loophole
loopholes loose loosely loot looters looting lords lore lose loser losers loses losing loss
losses lost lot lots lottery loud loudly lousy love loved lover lovers loves loving low lower
lowered lowering lowers lowest loyalty lubricant luck lucky lucrative lunar lunch lunches lung
lungs lure lured luring lurking luxury lying lynching lyrics ma machine machines macro made
magazine magazines maggot maggots magnate magnitude mail mailboxes mailed mailing mails main
mainland mainly mainstream maintain maintained maintaining maintains maintenance major
majorities majority make maker makers makes makeup making male males malfunctioning malicious
malls malware mammograms man manage managed manager managers managing manatee mandate mandated
mandates mandating mandatory manipulate manipulated manipulating manipulation manipulator
mankind manned manner manpower mansion manslaughter mantis manual manufacture manufactured
manufacturer manufacturers manufactures manufacturing manure many map marched marching margin
marginal marijuana marital marked markedly marker markers market marketed marketing marketplace
marketplaces markets marking markings marks marriage marriages married marry martial mascara
mascot mask masked masks mass massacre massage massive massively master mastermind masters
masturbating masturbation match matched matching mate material materialize materials maternal
maternity math mathematically mathematics matter matters mature mauled maxed maximum may maybe
mayoral mayors me meal meals mean meaning meaningful meanings means meant meantime measles
measure measured measurement measures measuring meat mechanic mechanical mechanism mechanisms
media median medical medically medication medications medicinal medicine medicines medium meet
meeting meetings meets megalodon melt meltdown melted melting member members membership
memberships meme memes memo memorable memorandum memorials memories memory men mens menstrual
mental mentally mention mentioned mentioning mentions menu menus merchandise merchant mercury
mere merely merit merits mermaids mess message messages messaging messy met metal meteor meter
meth methamphetamine method methods metric metropolitan mic mice microcephaly microchip
microchipping microchips microphone microphones microscope microwave mid midair middle midnight
midst midterm might mighty migrant migrants migrate migration mile mileage miles militant
militants militarily military militia milk mill millennial millennials million millionaire
millionaires millions mimic mind minded minds mindset mine miner minerals miners mines mini
miniature minimize minimum mining ministers minks minor minorities minority minors minted minus
minute minutes miracle miraculous miraculously mirror mirrors misattributed miscaptioned
miscarriage mischaracterization mischaracterized mischievous misconduct misconstrued misdemeanor
misery mishap mishaps misinformation misinformed misinterpreted mislead misleading misleadingly
misled mismanaged mismanagement misplaced misquoted misread misrepresent misrepresented
misrepresenting missed misses missile missiles missing mission missionaries missionary missions
missive misspelled mistake mistaken mistakenly mistakes mistaking mistook mistress
misunderstanding mix mixed mixes mixture mob mobile mock mocked mocking mode model modeled
modeling models moderate moderating moderator modern modernization modernize modernizing modest
modification modified modify modifying mogul mold molecule molested molesting mom moment moments
moms monetary money mongering monies monitor monitoring monkey monkeys monoxide month monthly
months monument monuments mood moon moons moose moral morale morality morally moratorium more
morgue morning moron morphed mortal mortality mortgage mortgages mosque mosques mosquito
mosquitoes most mostly motel moth mother mothers motion motivated motivation motive motives
motorcade motorcycle motorcycles motorcyclist motorcyclists motorist motorists motto mountains
mounted mouth mouths move moved movement movements moves movie movies moving mph much mud muddle
mug mugged mugger mugshots mule mullahs multi multiculturalism multilateral multinational
multiple mummy municipal murder murdered murderer murderers murdering murders murky muscle
muscular museums mushroom mushrooms music musical musician musicians must mutant mutated
mutilation mutual my myriad myself mysterious mysteriously mystery myth mythical myths nail
naive naked name named namely names naming napping narcotics narrated narrative narrow narrowed
narrowly nasal nasty nation nationalism nationalist nationally nationals nations nationwide
natural naturalized naturally nature naval near nearby nearly necessarily necessary necessity
neck necks need needed needle needles needs needy nefarious negative neglected negotiate
negotiated negotiating negotiation negotiations negotiator neighbor neighborhood neighborhoods
neighboring neighbors neither neo nephew nerve nest net network networks neutral neutrality
never nevertheless newborn newborns newer newly news newspaper newspaperman newspapers next nice
nickel nickels nickname nicotine night nightclub nightmare nine nineteen ninth nitrogen no noble
nobody noise nominate nominated nominating nomination nominee nominees non none nonetheless
nonexistent nonpartisan nonprofit nonproliferation nonsense nonviolent noodles nor normal
normalization normalize normally norms nose not notable note noted notes nothing notice noticed
notices notification notifications notify notion notorious notoriously novel now nuclear nude
nuggets nuisance nuke number numbered numbers numerous nurse nursed nursery nurses nursing nut
nuts oath obese obesity obey obituaries obituary object objected objecting objection objective
objectives objects obligated obligation obligations obscene obscure obscured observance
observances observation observe observed observer observers obsolete obtain obtained obtaining
obvious obviously occasion occasionally occasions occupants occupation occur occurred occurrence
occurring occurs oceans octopus odd oddly of off offend offended offender offenders offending
offense offenses offensive offer offered offering offers office officer officers offices
official officially officials officiating offs offset offshore oft often oftentimes oil oils old
older oldest olds ominous omit omits omitted omnibus on once oncoming one ones ongoing online
onlookers only onset onto op open opened opening openly operate operated operates operating
operation operations operative operatives operators opined opining opinion opinions opioid opium
opponent opponents opportunities opportunity oppose opposed opposes opposing opposite opposition
oppression opt opted optical optimism optimistic option options or oral oranges orangutan orb
orbit orca orchestrated order ordered ordering orderly orders ordinance ordinary ore org organ
organic organization organizations organize organized organizer organizers organizing organs
orientation oriented origin original originally originate originated origins ornament ornaments
ostensibly other others otherwise ought ounce our ours ourselves out outage outages outbreak
outbreaks outbursts outcome outcomes outdated outdoor outed outer outfit outfits outfitted
outgoing outlaw outlawed outlet outlets outline outlined outlines outplayed output outrage
outrageous outreach outright outset outside outsmarted outsourced outsourcing outspent outspoken
outstanding ovarian oven ovens over overall overcome overcrowded overcrowding overdose overdoses
overextended overhaul overhead overheard overly overnight overpaid overpass overpaying
overridden overrun oversaw overseas overseeing oversight overstated overthrow overtime overturn
overturned overturning overweight overwhelmed overwhelming overwhelmingly owe owed owes owl own
owned owner owners ownership owning owns pace pack package packaged packages packaging packed
packs page pages paid pain painful paint painted painting paintings pair pairs pajamas pale
palsy paltry pancakes panda pandemic pandemics panel panelist panelists panels panhandling panic
pants paper paperback papers paperwork parade parades paragraph parallel parallels paralysis
paralyzed paraphrase paraphrased parasite parasitic pardon pardoned pardoning pardons parent
parental parenting parents parishioners parked parking parks parlor parody parole part partial
partially participants participate participated participating participation particular
particularly parties partisan partisanship partly partner partners partnerships parts party pass
passage passages passed passenger passengers passes passing passion passport passports password
past pasta paste pastor pastors pastry patent patents path pathologist pathway patience patient
patients patriotic patriotism patrolling patron patrons pattern patterns pause pay paycheck
paychecks payday payer paying payment payments payout payroll pays peace peaceful peacefully
peacekeepers peacekeeping peak peanut peddling pederasty pedestrian pedestrians pediatricians
pedophile pedophiles pedophilia peer peers pejorative pen penalize penalized penalties penalty
penchant pencils pending penguin penguins penile penis penises penned pennies penny pens pension
pensions people peoples per perceive perceived percent percentage percentof perfect perfectly
perform performance performed performers performing performs perfume perhaps perimeter period
periods permafrost permanent permanently permission permit permits permitted permitting
perpetrated perpetrating perpetrator perpetrators persistent persists person personal
personalities personality personalized personally personhood personnel persons perspective
persuade pertaining pesticides pests pet petals petition petitioning petitions petro pets ph
phallic phallus pharmaceutical pharmacist pharmacists pharmacy phase phased phenomena phenomenon
philanthropist philosophical philosophy phishing phone phones phony photo photograph
photographed photographer photographic photographs photos photoshopped phrase phrases physical
physically physician physicians physicist physics piano pick picked picking picks pickup picnic
picture pictured pictures piece pieces pigeon pigs pile piled piles pill pills pilot pilots pimp
pin pineapple pink pins pioneer pioneers pipe pipeline pipelines piracy pirate pirates pistol
pit pitch pithy pizza pizzas placate place placed placement places placing plagiarism
plagiarized plagiarizing plague plagued plain plainly plan plane planes planet planetary
planning plans plant planted plants plaque plastic plate plated plates platform platforms
plausible play played player players playground playgrounds playing playoff plays plea pleaded
please pleased pleasure pleasuring pled pledged plenty plight plot plotting plowed plowing ploy
plug plumber plumbing plummeted plus plutonium poachers poaching pocket pocketed pocketing
pockets podcast podium poem point pointed pointing points poised poison poisoned poisoning
poisonous poked poker poking polar polarized pole police policeman policemen policies policing
policy polio polite political politically politician politicians politicized politics poll
polling polls polluters pollution pontiff poodle pool pooling pools poop poor poorer poorest
poorly pop popcorn popped popular popularity popularized popularly populated population
populations populous pork porn pornographic pornography portal portion portions portrait portray
portrayal portrayed portraying portrays ports pose posed poses posing posited position
positioned positions positive possess possessed possessing possession possibilities possibility
possible possibly post postage postcards posted poster posters posting postponed posts posture
pot potato potatoes potential potentially pound pounding pounds pour poured pouring poverty
power powered powerful powers practical practically practice practiced practices practicing
practitioners praise praised prank pranked pranking prankster pranksters pray prayed prayer
prayers praying pre preach preacher preaching precautions preceded precedent preceding precinct
precincts precious precise precisely precondition preconditions predator predators predatory
predecessor predecessors predict predicted predicting prediction predictions predicts preemptive
preexisting prefer preference preferences preferred pregnancies pregnancy pregnant prejudice
preliminary premature prematurely premise premises premium premiums prenatal preparation
preparations prepare prepared preparing preschool prescribed prescription prescriptions presence
present presentation presented presenting presently presents preserve preserved preserving
presided presidencies presidency presidential presidents presiding press pressed pressing
pressure pressured pressures prestige prestigious presumably presume presumptive pretend
pretending pretends pretty prevailing prevalence prevent preventable preventative prevented
preventing preventive prevents previous previously price prices pride priest priests primaries
primarily primary principal principle principles print printed printers printing prior
priorities prioritize priority prison prisoner prisoners prisons pristine privacy private
privately privatization privatize privatizing privilege privileged pro probably probation probe
problem problematic problems procedure procedures proceed proceedings proceeds process processed
processes processing proclaim proclaimed procurement produce produced producer producers
produces producing product production productive productivity products profanity profession
professional professionals professor proficiency profile profiles profiling profit profitable
profits profound program programs progress progressive prohibit prohibited prohibiting prohibits
project projected projection projections projector projects prolife proliferation prolific
prominence prominent promise promised promises promising promote promoted promotes promoting
promotion promotional promotions prompt prompted prompting prompts prone pronounced
pronouncements pronouns proof propaganda propagandist propagated propane proper properly
properties property prophecies prophecy prophetic proponent proponents proportion proportions
proposal proposals propose proposed proposes proposing prosecute prosecuted prosecuting
prosecution prosecutions prosecutor prosecutors prospect prospective prospects prosperity
prosperous prostate prostitute prostitutes prostitution protect protected protecting
protectionism protections protective protects protest protested protester protesters protesting
protests protocol prototype proud proudly prove proved proven provenance proves provide provided
provider providers provides providing provinces proving provision provisional provisions
provocative provoke provoked provoking proximity prudent psychic psychological psychologist pub
public publication publications publicity publicized publicly publish published publisher
publishes publishing pull pulled pulling pulls pulpit pump pumped pumping pumps punch punched
punching punctuation pundit pundits punish punishable punished punishment punitive pupil puppet
puppies puppy purchase purchased purchaser purchasers purchases purchasing pure purely purge
purple purport purported purportedly purporting purports purpose purposefully purposely purposes
purse purses pursue pursued pursuing pursuit purveyor purveyors push pushed pushing put putative
puts putting puzzle pyramid python quadrupled quail qualifications qualified qualify quality
quantities quantity quarantine quarantined quarrel quarter quarterback quarters query question
questionable questioned questioner questioners questioning questions quick quicker quickly quiet
quietly quip quipped quit quite quiz quo quotas quotation quotations quote quoted quotes quoting
rabbit raccoon race races racetrack racial racially racing racism racist rack racked
racketeering radar radiation radical radio radioactive rage raging raid raided raids rail railed
railway rain rainbow rainforest rains rainy raise raised raises raising rallies rally rammed
ramp rampant ran ranch random randomly range ranging rank ranked ranking rankings ranks ransom
rant rap rape raped rapes rapid rapidly raping rapist rapists rapper rare rarely rash rat rate
rated rates rather ratify rating ratings ratio ration rationale rationing rats ravaged raw rayed
rays razor re reach reached reaches reaching react reacted reaction reactions reactor read
reader readers readily readiness reading readings reads ready real realistic realities reality
realize realized realizes really reappeared rear rearing reason reasonable reasonably reasons
reauthorize rebate rebates rebels rebuild rebuilding rebuilt rebuke rebut rebuttal rebuttals
recall recalled recalling recaptured receipt receipts receive received receives receiving recent
recently recess recession recessions recharge recidivism recipe recipient recipients
recirculated recirculating recirculation recite reckless recklessly reclaimed reclassified
recognition recognize recognized recognizes recognizing recommend recommendation recommendations
recommended recommending recommends reconciliation reconstruction record recorded recording
records recount recounting recounts recover recovered recovery recreation recreational recruit
recruited recruiting recruitment recruits rectified rectum recurrent recurring recycled
recycling redeemed redefine redesign redirect redirected redistricting reduce reduced reduces
reducing reduction reductions reelected reelection reestablish refer referees reference
referenced references referencing referendum referred referring refers refinance reflect
reflected reflection reflects reform reformed reformer reforming reforms refrain refrigerator
refueling refugee refugees refund refundable refunds refurbish refusal refuse refused refuses
refusing refuted regain regard regarded regarding regardless regards regime regimes region
regional regions register registered registering registration registry regret regrets
regrettably regular regularly regulate regulating regulation regulations regulators regulatory
regurgitated rehashed reimbursement rein reindeer reining reinstate reinstated reinvest reject
rejected rejecting rejection rejects rejoice relate related relates relation relations
relationship relationships relative relatively relatives release released releases releasing
relevant reliable reliance relied relief relies relieve relieved religion religions religious
relocate reluctant rely remade remain remainder remained remaining remains remake remark
remarkable remarkably remarks remedies remedy remember remembers remind reminded reminder
reminds remote removal remove removed removing rename renamed renaming render rendered rendering
renders rendezvous renegotiate renew renewable renewables renewal renewed renewing renowned rent
reopen reopening reorganization repaid repair repaired repairs reparations repay repayment
repeal repealed repealing repeat repeated repeatedly repeating repel repetition replace replaced
replacement replacing replica replied reply report reported reportedly reporter reporters
reporting reports reposted represent representation representative represented representing
represents reprocessing reproduce reproduced reproduces reproducing reproductive reptiles
republics republished repudiate repurposed reputable reputation request requested requesting
requests require required requirement requirements requires requiring rescue rescued rescuers
rescuing research researchers resemblance resemble resembled resembles resembling resent
reserves residence residency resident residential residents residing residual resign resignation
resigned resigning resist resistance resistant resisted resolute resolution resolutions resolve
resolved resort resource resources respect respected respecting respective respectively respects
respiratory respond responded respondents responders responding responds response responses
responsibilities responsibility responsible responsibly responsive rest restaurant restaurants
resting restore restored restrain restraining restraint restraints restrict restricted
restricting restriction restrictions restrictive restricts restroom restrooms rests result
resulted resulting results resume resurfaced resurgent resurrected retail retailer retailers
retain retained retaliate retaliation retire retired retiree retirees retirement retiring retort
retract retracted retrain retraining retreat retrieve retrospect return returned returning
returns retweeted reunited reveal revealed revealing reveals revelations revenge revenue
revenues reversal reverse reversed review reviewed revise revised revitalization revitalize
revival revive revived reviving revocation revoke revoked revolutionary revolving reward
rewarded rewards rhetoric rhetorical rhino rhyme ribbon rich richest rid riddled ride riders
rides ridicule ridiculous riding rifles rig rigged rigging right rightly rights rigs ring rings
riot rioters rioting riots rip ripped ripping rise risen rises rising risk risks risky ritual
rituals rival rivals road roads roadside roadway roaming roast robbed robber robberies robbers
robbery robbing robes robot robotic robots robs robust rocket rocks rode rodent rogue role roles
roll rolled roller rolling rolls romantic roof rooftop room roommate rooms root rooted roots
rope rot rotten rotting rough roughly roulette round rounding rounds route routine routinely row
royal royalties rubber rubbing rubble rude rug rugs ruin ruined ruining rule ruled rules ruling
rulings rumor rumored rumors run runaway running runoff runs rural ruse rushed rushing sac sack
sacred sacrifice sacrificed sacrifices sacrificing sad sadly safe safeguard safely safer safest
safety sagging said sailed sailor sailors sake salacious salad salaries salary sale sales
salesman salmon salon salt salts saltwater salty salute saluting same samples sanction
sanctioned sanctions sanctity sanctuary sand sandals sands sandwich sandwiches sang sanitary
sanitation sanitizer sank sap sarcastic sat satellite satellites satire satirical satisfaction
satisfactory satisfied satisfy sauce save saved saves saving savings saw say saying says scale
scales scalp scalpel scam scammers scams scandal scandals scanner scanners scant scarcity scare
scared scarelore scaremongering scaring scary scathing scenario scene scenes scheduled scheme
schemes scholars scholarship scholarships school schoolchildren schools sci science scientific
scientifically scientist scientists scoop scope score scored scores scoring scourge scrap
scraping scratch scream screaming screams screen screening screenings screens screenshot
screenshots script scrubbed scrutiny scuba sculpture sea seafood seal sealed seals seams search
searches searching season seasonal seat seated seats secede second secondary secondhand secondly
seconds secrecy secret secretaries secretly secrets section sector sectors secure secured
securing securities see seed seeds seeing seek seekers seeking seeks seem seemed seeming
seemingly seems seen sees segment segments segregated segregation seize seized seizing seizure
seizures select selected selecting selection selections self selfie selfies sell seller sellers
selling sells semen semi senators send sending sends senior seniors sensational sensationalized
sense sensible sensitive sent sentence sentenced sentences sentencing sentiment sentiments
separate separated separately separates separating separation septic sequel sequence sequences
sequester sequestration serial series serious seriously seriousness sermon servants serve served
server servers serves service serviceman servicemen services serving session set sets setting
settings settle settled settlement seven seventeen seventh seventy several severe severed
severely sewage sewer sewn sex sexist sexual sexuality sexually shadow shadows shady shake
shaking shall shame shaming shampoo shampoos shape shaped shapes share shared shares sharing
shark sharks sharp sharply shaving she sheep sheet sheets shek shell shellfish shells shelter
shelters shelves sheriffs shes shift shifted shifting shine ship shipment shipped shipping ships
shirt shirts shit shock shocked shocking shockingly shoe shoes shoot shooter shooters shooting
shootings shootout shoots shop shoplifter shoplifting shopper shoppers shopping shops shore
shores short shortage shortages shorter shortest shortfall shortly shot shotgun shotguns shots
should shoulder shoulders shouldn shouldnt shouted shouting show showcasing showed shower
showers showing shown shows shred shrimp shrink shrinking shunned shut shutdown shutting shy
siblings sic sick sickened side sided sides siege sight sighting sightings sights sign signal
signaling signals signature signatures signed signers significance significant significantly
signing signs silence silent similar similarities simple simplified simplify simply simulation
simultaneously sin since sincere sincerely singer singers singing single singled sinister
sinking sir sister sit sitcom site sites sits sitting situation situations six sixteen sixth
sixties sixty size sized sizes skeletal skeleton skeletons skeptical skepticism sketch sketchy
skill skilled skills skin skinned skins skip skipped skipping skull skulls sky skyrocket
skyrocketed skyrocketing slam slammed slang slapped slapping slash slashed slashing slated
slaughter slaughtered slave slavery slaves sleep sleeping slept sleuths slice slices slide
slideshow slight slightly slip slipped slipping slips slogan slogans slot slots slow slowdown
slowed slower slowest slowing slowly slums slur slurring slurs slush sly small smaller smallest
smallpox smart smarter smartest smartphone smartphones smashed smashing smear smears smell
smelled smells smile smiling smoke smoked smoking smuggle smuggled smugglers smuggling snack
snacks snake snakes snapped snatch snatching sneak sneaked sneakers sneaking sniffing sniper
snorting snout snow snowboarding snowfall snowstorm snubbed so soaked soap soar soared soccer
socialism socialist socialists socialized societies society sock socks soda sodomized soft
softly software soil solar sold soldier soldiers solely solemn soles solicited soliciting solid
solidarity solution solutions solve solved solvency solvent solving some somebody someday
somehow someone something sometime sometimes somewhat somewhere son song songs songwriter sons
soon sooner sophisticated sorry sort sorting sorts sought soul souls sound sounded sounding
soundly sounds soup sour source sourced sources souvenir sovereign sovereignty soy space
spacecraft spaces span spare sparked spasms spate spawned speak speakers speaking speaks special
specialist specialists specializes specially species specific specifically specifics spectacular
spectator spectrum speculated speculation speculative speech speeches speed speeding speeds
spell spelled spelling spells spend spending spends spent sperm spew spewing sphere spider
spiders spike spiked spill spilled spin spinal spine spinner spinners spinning spiral spirit
spiritual spit spite split spoke spoken spokesman spokesperson spokeswoman sponsor sponsored
sponsoring sponsors spontaneous spontaneously spoof spoofing sport sporting sports sportsmen
spot spots spotted spouse spouses sprawling spray sprayed spraying spread spreading spreads
spree spring sprinklers sprinkles spun spurious spurned spurred spy squandered squeeze squeezing
squid squirrel squirrels stabbed stabbing stability stabilize stable stack stadium stadiums
staff staffer staffers staffing staffs stage staged stages staging stagnation stairs stake
stakes stale stalking stalled stamina stamp stamped stamps stance stances stand standard
standardized standards standing standoff standpoint stands stapled star staring stark starred
starring stars start started starting startling starts startup starvation starve starved
starving stashed state stated statement statements statesman statewide stating station stationed
stations statistic statistical statistically statistics stats statues stature status statute
staunch stay stayed staying stays steadfast steadily steady steal stealing steam steel
steelworkers steering stem stemmed stemming stems step stepfather stepped stepping steps
stereotypes sterile stick sticker stickers sticking sticks stiff stiffed still stimulant
stimulate stimulating stimulus sting stinging stir stirred stirring stock stockpile stoked stole
stolen stomach stoned stones stoning stood stop stopped stopping stops storage store stored
stores stories storing storm stormed storming storms story straight straightforward strain
strained strains stranded strange stranger strangers strapped strategic strategically strategies
strategist strategy straw strawberries strawberry straws stray streak stream streaming
streamline streetcar streets strength strengthen strengthened strengthening strengths stress
stresses stretch stretches stricken strict strictest strictly strike strikes striking string
stringent strings strip striped stripped stripper strips striving stroke strong stronger
strongest strongly struck structural structure structured structures struggle struggled
struggles struggling stuck student students studied studies studio study studying stuff stuffed
stumbled stunned stunt stupid stupidity style stymied subcommittee subject subjected subjective
subjects submarine submarines submerged submit submitted submitting subpoena subpoenaed subprime
subscribers subscription subsequent subsequently subsidies subsidize subsidized subsidizing
subsidy substance substances substantial substantially substantive substitute subtle subtract
suburbs succeed succeeded succeeding succeeds success successes successful successfully
successor succumbed such sucking sudden suddenly sue sued suffer suffered suffering suffers
sufficient sufficiently sugar suggest suggested suggesting suggestion suggestions suggestive
suggests suicidal suicide suicides suing suit suitcase suits sum summary summation summer summit
summon summoned sums sun sundae sunglass sunlight sunset superb superdelegate superhero
superintendent superiority supermarket supermarkets supernatural superpower superstar
superstitions supervision supplement supplemental supplies supply support supported supporter
supporters supporting supportive supports suppose supposed supposedly suppress suppressed
suppressing suppression supremacist supremacists supremacy surcharge sure surely surest surface
surfaced surfer surge surged surgeon surgeries surgery surgical surgically surname surpass
surpassed surplus surpluses surprise surprised surprises surprising surprisingly surreal
surrender surrendered surrendering surreptitiously surround surrounded surrounding surveillance
survey surveyed surveys survival survive survived surviving survivor survivors susceptible
suspect suspected suspects suspend suspended suspension suspicion suspicious suspiciously
sustain sustained sustaining swallowed swallowing swapped swastika sway swearing sweater
sweaters sweeping sweetened sweetener sweetheart swept swiftly swim swimmer swimming swine swing
swipe swirled switch switched switching sworn symbol symbolic symbolism symbols sympathetic
sympathy symptoms synagogue syndicated syndrome synthetic syringes syrup system systemic systems
tab table tablecloth tablets tabloid tabloids tack tackle tackling tactic tactical tactics tag
tagged tagline tags tail tailed tails tainted take taken takeover takers takes taking tale
talented talents tales talk talked talking talks tall taller tallest tallies tamper tampering
tampon tampons tan tank tanks tantrum tap tape taped tapes tapped tapping tar targeted targeting
targets tariffs tartar task tasks taste tastes tattoo tattooed tattoos taught tax taxation taxed
taxes taxi taxing taxpayer taxpayers teach teacher teachers teaches teaching team teammates
teams tear tearing tears tech technical technically technician technicians techniques
technological technologies technology teen teenage teenaged teenager teenagers teens teeth
telecommunications telephone teleprompter televangelist televised television tell telling tells
temperament temperature temperatures temporarily temporary ten tend tended tends tennis tenor
tens tense tension tensions tent tenth tenure term termed terminal terminally terminate
terminated terms terrible terribly terrific terrifying territorial territories territory terror
terrorism terrorist terrorists test tested testicles testified testify testifying testimony
testing tests tetanus text textbook textbooks texting texts th than thanked thankful thanking
thanks that thats the theater theaters theft thefts their them theme themed themselves then
theoretical theories theorist theorists theory therapy there thereafter thereby therefore
therein thereof theres these thesis they theyll theyre theyve thief thieves thin thing things
think thinking thinks thinly third thirds thirteen thirty this thoroughly those though thought
thoughts thousand thousands thread threat threaten threatened threatening threatens threats
three threshold threw thriving throat through throughout throw throwing thrown throws thru
thrust thugs thumbs thus thwarted tick ticket tickets ticking ticks tie tied ties tigers tight
tighten till time timeline times timescales timetable timing tinfoil tinted tiny tip tips tirade
tire tired tires tissue title titled titles to tobacco today todays toddler toddlers toe
together toilet toilets tokens told tolerance tolerant tolerate toll tolls tomato tomatoes
tomorrow ton tone tongue tonight tons too took tool tools tooth toothpaste top topic topical
topics topless topped toppled tore torn tornado tornadoes tort tortoise torture tortured
torturing toss total totaling totally totals touch touchdown touched touching tough toughen
tougher toughest tour tourism tourist tourists tout touted touting toward towards towers towing
town towns toxic toxins toy toys trace traced traces track tracked tracking tracks trade traded
trademark trading tradition traditional traditionally traditions traffic trafficked trafficker
traffickers trafficking tragedies tragedy tragic trail trailed trailer trailing train trained
trainer training trains trait trampoline tranquilizer transactions transcript transcripts
transfer transferred transfers transformation transgender transit transition transitioning
translate translates translation transmission transmit transmitted transparency transparent
transplant transplants transport transportation transported transporting trap trapped trash
trashed traumatic travel traveled traveler travelers traveling travels treason treasure treat
treated treaters treaties treating treatment treatments treats treaty tree trees tremendous
tremendously trend trends trespassing trial trials tribal tribe tribes tribute trick tricked
tricking trickle tricks tried tries trigger triggered trillion trillions trimester trip triple
tripled trips triumph trivia troll trolling trolls troop trooper troops trope trophies trophy
trouble troubled troubles troubling trout truck truckers trucks true truly trunk trust trusted
trusts trustworthy truth truthful try trying tsunami tube tuberculosis tuition tumor tumors
tumult tuna tune tunnel tunnels turbine turbines turkeys turmoil turn turnaround turned turning
turnout turns turtle turtles tweet tweeted tweeting tweets twelfth twelve twenty twice twin
twins twist twisted twists two tycoon tying type types typical typically tyranny tyrant
ubiquitous ugly uh uhh ultimate ultimately ultrasound ultrasounds umbrella un unable
unacceptable unaccompanied unaccountable unaccounted unanimously unappetizing unarmed
unauthorized unaware unbalanced unbelievable unborn uncertain uncertainty uncle unclear
uncomfortable uncommitted uncommon uncompensated unconfirmed unconscionable unconscious
unconstitutional unconventional uncorroborated uncounted uncover uncovered under underage
undercover underdeveloped underemployed undergo undergoing undergraduate underground underlying
undermine undermined underneath underpaid underside understand understandable understanding
understands understood undertaken undertaxed underwater underway underwear underwent undo
undocumented unearthed unelected unemployed unemployment unequivocal uneven unexpected
unexpectedly unexplained unfair unfairly unfamiliar unfinished unfit unflattering unfold
unfolded unfortunate unfortunately unfounded unfunded unhappy unhealthy unheard unidentified
unified uniform uniforms unilateral unilaterally uninsured unintended unintentionally unions
unique unit unite units unity universal universities unknowingly unknown unlawful unleash unless
unlike unlikely unlimited unlocked unlucky unnamed unnecessary unnerving unpaid unpatriotic
unpopular unprecedented unproven unqualified unraveling unrealistic unrelated unreliable unrest
unsafe unsealed unsold unsolicited unsolved unsourced unsubstantiated unsuccessful unsuspecting
unsustainable until untreated untrue unused unusual unusually unvaccinated unveiled unverified
unwanted unwarranted unwilling unwise unwitting up upcoming update updated upgrade upgrades
upheld uphold upon upper ups upset upside upstate uptick upwards uranium urban urge urged urgent
urges urging urinals urinating urine us usage use used useful useless user users uses using
usual usually utilities utility utilized uttered vacancy vacant vacated vacation vacationing
vacations vaccinate vaccinated vaccination vaccinations vaccine vaccines vacuum vagina vague
valid validity valuable valuables value values vampire vandalism vandalized vandals vanilla
vanished variant varies variety various vary varying vast vastly vault ve vegan vegetable
vegetables vehicle vehicles vehicular vending vendor venomous ventilators venture verbal verdict
verge verifiable verification verified verse verses version versions versus very vessel vessels
vet veteran veterans veto vetoed vetoes vetoing vets vetted vetting via viable vicious victim
victimized victims victory video videos view viewable viewed viewer viewers viewership viewing
viewpoint views vigil vigor vigorous village villain villains vinegar vintage violate violated
violates violating violation violations violators violence violent violently viral virtual
virtually virus viruses visa visas visible vision visions visit visited visiting visitor
visitors visits visual visually vital vitally vitamins vocal vodka voice voiced voices voicing
void volcanic volcano volleyball volume voluntarily voluntary volunteer volunteered volunteers
vomiting voodoo vote voted voter voters votes voting voucher vouchers vow vowed vowing voyage vs
vulnerable wading wage wages waging wait waited waiter waiting waitress waive waived waiver
waivers wake walk walked walking walkouts walks wallet wallets walls wandering wanna want wanted
wanting wants wardrobe warehouse warfare warhead warheads warm warmer warming warmth warn warned
warning warnings warns warrant warranted warrants wartime was wash washed washing washy wasn
wasnt wasp waste wasted wasteful wastewater wasting watch watchdog watched watches watching
water waterboarding watered waterfall watering wave waved wavered waves waving wax way ways we
weak weaken weakened weakens weaker weakness wealth wealthiest wealthy weapon weaponry weapons
wear wearing wears weather web website websites wed wedding weddings wedlock weed week weekend
weekly weeks weigh weighed weighing weighs weight weird welcome welcomed welcoming welfare
wellness wells went were weren werent wet weve whale whales what whatever whats whatsoever wheat
wheel when whenever where whereas whereby wherein wherever whether which while whining
whistleblower whites who whoever whole wholly whom whopping whos whose whove why wide widely
wider widespread widow widows wielding wife wild wildfire wildfires wildlife wildly will willing
willingness win wind windfall winding windmills window windows winds windshield windshields wine
wing wings winner winners winning wins winter wipe wiped wipes wiping wire wireless wiretapping
wiretaps wisdom wise wisely wiser wish wished wishes wishing wishy witchcraft with withdraw
withdrawal withdrawals withdrawing withdrawn withdrew withheld withhold withholding within
without witness witnessed witnesses witty wives woefully wolves woman womans womb women womens
won wonder wondered wonderful wondering wont wooden wool word worded wording words wore work
worked worker workers workforce working workplace works world worlds worldwide worm worms worn
worried worries worry worse worsened worship worst worth worthless worthy would wouldn wouldnt
wound wounded wounds wrap wrapped wrappers wreaked wreck wreckage wrecked wrecking wrench
wrestler wristbands write writer writes writing written wrong wrongdoing wrongful wrongly wrongs
wrote xenophobic yacht yard yards year yearbook yearly years yelled yelling yellow yesterday yet
yield yielded yoga you youd young younger youngest youngster youngsters your youre yours
yourself yourselves youth youths youve zebra zero zip zodiac zombie zone zones zoo
"""
COMMON_WORDS: frozenset[str] = _words(_COMMON)


# --- Built tables ---------------------------------------------------------------------------


def _plural(demonym: str) -> str | None:
    """The plural noun of a demonym, when it has one: "Swede" -> "Swedes"."""
    if demonym.endswith("ese") or " " in demonym:
        return None
    if demonym.endswith(("an", "i", "e", "ot", "ek", "kh", "rk", "rb", "at", "nn", "no")):
        return demonym + "s"
    if demonym in ("Czech", "Turk", "Serb", "Croat", "Scot", "Finn", "Kiwi", "Aussie"):
        return demonym + "s"
    return None


def _build_places() -> tuple[dict[str, str], frozenset[str]]:
    """Every place surface -> canonical name, and the canonical countries and US states."""
    places: dict[str, str] = {}
    countries: set[str] = set()
    for block, sovereign in ((_CITIES, False), (_REGIONS, False), (_US_STATES, True)):
        for canonical, surfaces in _entries(block):
            for s in surfaces:
                places[s] = canonical
            if sovereign:
                countries.add(canonical)
    # Countries last: "Georgia" and "Washington" then name the country and the city.
    for canonical, surfaces in _entries(_COUNTRIES):
        countries.add(canonical)
        for s in surfaces:
            places[s] = canonical
    return places, frozenset(countries)


def _build_demonyms() -> dict[str, str]:
    demonyms: dict[str, str] = {}
    for canonical, surfaces in _entries(_DEMONYMS):
        for s in surfaces[1:]:
            demonyms[s] = canonical
            plural = _plural(s)
            if plural:
                demonyms[plural] = canonical
    return demonyms


def _build(block: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, surfaces in _entries(block):
        for s in surfaces:
            out[s] = canonical
    return out


PLACES, STATES_AND_COUNTRIES = _build_places()
DEMONYMS: dict[str, str] = _build_demonyms()
KNOWN_ORGS: dict[str, str] = _build(_ORGS)
KNOWN_PEOPLE: dict[str, str] = _build(_PEOPLE)
