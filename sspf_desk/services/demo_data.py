"""Word lists for the synthetic demo data: common Swedish names, schools and areas.

All people generated from these lists are fictitious.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Split a "|"-separated list into a tuple of stripped words."""
    return tuple(word.strip() for word in text.split("|") if word.strip())


#: The demo municipality (minutes, lägesbild report, medborgarlöften).
MUNICIPALITY = "Demokommun"
FIRST_NAMES_FEMALE = _words(
    "Alice | Maja | Vera | Elsa | Astrid | Wilma | Alma | Ebba | Olivia | Selma | Ella | Saga | "
    "Agnes | Freja | Clara | Stella | Signe | Ines | Nora | Lilly | Julia | Ellen | Tyra | "
    "Ester | Greta | Linnéa | Märta | Sofia | Hedvig | Idun | Amira | Leila | Yasmin | Sara | "
    "Hanna | Emilia | Ronja | Tilde | Elin | Åsa | Meja | Juni | Mira | Lova | Ingrid | Sigrid "
    "| Matilda | Nova | Zara | Aya"
)

FIRST_NAMES_MALE = _words(
    "Noah | William | Hugo | Liam | Lucas | Oliver | Elias | Adam | Alexander | Viktor | Leo | "
    "Oscar | Vincent | Charlie | Ludvig | Nils | Arvid | Theo | Gustav | Sixten | Olle | Malte "
    "| Isak | Axel | Melvin | Albin | Edvin | Filip | Jonathan | Anton | Omar | Yusuf | Ali | "
    "Mohammed | Ibrahim | Emil | Josef | Måns | Örjan | Björn | Sam | Kevin | Elliot | Milo | "
    "Frans | Harald | Loke | Wilmer | Abdi | Said"
)

LAST_NAMES = _words(
    "Andersson | Johansson | Karlsson | Nilsson | Eriksson | Larsson | Olsson | Persson | "
    "Svensson | Gustafsson | Pettersson | Jonsson | Jansson | Hansson | Bengtsson | Jönsson | "
    "Lindberg | Jakobsson | Magnusson | Lindström | Olofsson | Lindqvist | Lindgren | Berg | "
    "Axelsson | Bergström | Lundberg | Lind | Lundgren | Lundqvist | Mattsson | Berglund | "
    "Fredriksson | Sandberg | Henriksson | Forsberg | Sjöberg | Wallin | Ali | Engström | "
    "Mohamed | Eklund | Danielsson | Lundin | Håkansson | Björk | Bergman | Gunnarsson | Holm | "
    "Wikström | Samuelsson | Isaksson | Fransson | Bergqvist | Nyström | Holmberg | Arvidsson | "
    "Löfgren | Söderberg | Nyberg | Blomqvist | Claesson | Nordström | Hassan | Mårtensson | "
    "Lundström | Ahmed | Viklund | Björklund | Eliasson | Pålsson | Berggren | Sandström | Lund "
    "| Nordin | Ström | Åberg | Hermansson | Ekström | Falk | Holmgren | Dahlberg | Hellström | "
    "Hedlund | Sundberg | Sjögren | Ek | Blom | Abrahamsson | Öberg | Yilmaz"
)

SCHOOLS = _words(
    "Björkskolan | Ekbackeskolan | Lärkängsskolan | Solbergaskolan | Västerskolan | Norrskenets "
    "skola | Tallbacksskolan | Strandskolan | Åkerlundsskolan | Hagaskolan | Kunskapsgymnasiet "
    "Centrum | Vasagymnasiet | Ängsskolan | Rosendalsskolan"
)

SCHOOL_CLASSES = _words(
    "4A | 4B | 5A | 5B | 6A | 6B | 6C | 7A | 7B | 7C | 8A | 8B | 8C | 9A | 9B | 9C | NA1 | SA1 "
    "| EK1 | BF1 | EL1 | IMS | SA2 | BA2 | NA2 | EK3"
)

AREAS = _words(
    "Centrum | Norra Hagen | Östermalm | Södra Backen | Västra Ängen | Björkdalen | "
    "Stationsområdet | Älvsbacka | Kvarnbyn | Skogsgläntan | Hamnen | Lillsjön"
)

INTERPRETER_LANGUAGES = _words("arabiska | somaliska | dari | tigrinja | persiska | polska")

STREETS = _words(
    "Storgatan | Kyrkogatan | Skolvägen | Björkvägen | Industrigatan | Parkvägen | Ringvägen | "
    "Ängsvägen | Åkervägen | Smedjegatan | Östra Långgatan | Lärkstigen"
)
