"""Word lists and boilerplate for the synthetic press-release corpus (tests/bench/gen_corpus.py).

Everything here is invented or generic: company stems are built from syllables, people's names
from common given names and surnames of several cultures, products from research-code letters
and INN-like stems. Only regulators (data/reference/regulators.csv), targets and indications
(data/reference/*.csv) and city names are real, because the extractor is meant to know them.
"""

from __future__ import annotations

# --- company names ------------------------------------------------------------------------------
# Invented stems per naming style; gen_corpus builds every combination, filters and shuffles.
STEM_PARTS = {
    "western": (
        ["Nor", "Vex", "Hel", "Zen", "Cal", "Aur", "Ly", "Ver", "Ori", "Sol", "Thal", "Cy", "Bry",
         "Qui", "El", "Mir", "Ost", "Pra", "Tre", "Vi", "Lu", "Cor", "Dal", "Ox", "Pyr", "Sy",
         "Ax", "Bel", "Cer", "Del", "Fen", "Gal", "Ion", "Jov", "Kel", "Lan", "Mer", "Nav", "Pel",
         "Quan", "Rav", "Sel", "Tor", "Ul", "Var", "Wy", "Xer", "Zyr"],
        ["va", "ro", "li", "te", "ra", "ne", "xa", "mi", "do", "ve", "ca", "to", "zi", "ta", "ri", ""],
        ["xa", "ra", "ion", "is", "on", "ex", "ia", "yx", "en", "ar", "os", "ix", "ora", "ant",
         "eon", "ene", "ida", "ova", "ium", "ys", "al", "ent", "ea", "io"],
    ),
    "pinyin": (
        ["Kai", "Tai", "Heng", "Rui", "Jia", "Xin", "Hua", "Kang", "Yuan", "Bo", "Tian", "Sheng",
         "Ming", "Hong", "An", "Ze", "Lian", "Run", "Yi", "Feng", "Chuang", "Jun", "Hao", "Zhi",
         "De", "Rong", "Shi", "Tong", "Wei", "Xiang", "Yao", "Zhong", "Bai", "Chen", "Fu", "Guang",
         "Hai", "Jin", "Long", "Mei", "Nuo", "Qi", "Sen", "Tao", "Wan", "Xu", "Yun", "Zhen",
         "Lan", "Pu", "Ke", "Li", "Tuo", "Yong", "Hui", "Kun", "Ao", "Bei", "Cai", "Dan", "Gu", "Jian",
         "Lu", "Nan", "Ping", "Quan", "Shan", "Wen", "Xiao", "Yu", "Zhu", "Qing", "Sui", "Hang"],
        [""],
        ["tai", "rui", "kang", "yuan", "sheng", "hua", "xin", "tong", "jia", "bo", "run", "ming",
         "feng", "rong", "da", "hong", "yu", "an", "lin", "kun", "ze", "tian", "nuo", "heng",
         "lai", "sen", "wei", "yao", "jing", "li", "mai", "ning", "qing", "shu", "xing", "zhan",
         "de", "le", "pu", "hao", "chuan", "fu", "hui", "lu", "qi", "yi", "ke", "tuo", "ao", "ying"],
    ),
    "japanese": (
        ["Taka", "Kawa", "Mori", "Yama", "Sora", "Hoshi", "Asa", "Kiri", "Naga", "Hiro", "Kita",
         "Mina", "Shira", "Ao", "Fuji", "Kaze", "Tsuru", "Hana", "Ume", "Kumo", "Mizu", "Ishi",
         "Haru", "Nishi", "Oka", "Saku", "Tama", "Yoshi", "Aki", "Kuro", "Midori", "Niji",
         "Sumi", "Tomo", "Waka", "Yuki", "Hika", "Kasu"],
        [""],
        ["shima", "moto", "zawa", "mura", "no", "gawa", "saki", "hara", "kura", "yama", "mori",
         "ta", "da", "be", "naka", "kawa", "tsu", "se", "ri", "ka", "wa", "ma", "hashi", "zono",
         "to", "ne", "ho", "ki", "shiro", "mi", "ro", "ya", "go", "so"],
    ),
    "korean": (
        ["Han", "Dae", "Seo", "Jin", "Sam", "Hyun", "Il", "Yu", "Chong", "Bo", "Dong", "Gwang",
         "Hae", "Jeong", "Kyung", "Mi", "Nam", "Se", "Sung", "Won", "Yeon", "Cheon", "Eun", "Ha",
         "In", "Ju", "Myung", "Pyung", "Sol", "Tae", "Yong", "Gyeong", "Ra", "Sin", "Hwa", "Ok"],
        [""],
        ["mi", "jin", "won", "hae", "ryung", "san", "kang", "bio", "sung", "il", "yang", "do",
         "bit", "gil", "nam", "rim", "seon", "woo", "hyeon", "jae", "na", "ro", "gang", "dam",
         "on", "chan", "ho", "min", "sol", "yeon", "eum", "ga", "hui"],
    ),
    "indic": (
        ["Sun", "Aur", "Glen", "Zy", "Ind", "Shri", "Ami", "Vas", "Nat", "Raj", "Ved", "Dhan",
         "Kir", "Man", "Nav", "Pra", "Sam", "Tej", "Uday", "Vir", "Ash", "Bhav", "Chand", "Dev",
         "Gyan", "Har", "Jay", "Kav", "Lak", "Nir", "Om", "Pav", "Ruch", "Sat", "Tri", "Vid"],
        ["a", "i", ""],
        ["veda", "mark", "ova", "gen", "ayu", "dha", "tara", "ika", "ita", "ansh", "era", "ara",
         "vik", "lok", "jal", "mit", "dip", "kar", "sha", "van", "roop", "med", "kul", "yan"],
    ),
    "latin": (
        ["Bra", "Lum", "Fer", "Mar", "Val", "Ser", "Cas", "Flo", "Ver", "Alv", "Ben", "Cam",
         "Dor", "Est", "Gua", "Ita", "Lis", "Mon", "Nat", "Oli", "Pau", "Rio", "San", "Ter"],
        ["a", "i", "o", "e", ""],
        ["farma", "med", "vida", "sal", "lab", "gen", "sana", "bio", "cura", "tec", "mar", "vet",
         "plus", "lux", "nova", "quim", "sul", "terra", "via", "zul"],
    ),
}

# Industry words per company kind: (word in the name, gold kind, phrase used in "About" text)
KIND_NAMES = {
    "biotech": (["Therapeutics", "Biosciences", "Bio", "Biotherapeutics", "Oncology",
                 "Immunotherapeutics", "Biotech", "Medicines", "Genomics"],
                [("clinical-stage biotechnology company", "a clinical-stage biotechnology company"),
                 ("biotechnology company", "a biotechnology company"),
                 ("biopharmaceutical company", "an innovative biopharmaceutical company"),
                 ("clinical-stage biopharmaceutical company", "a clinical-stage biopharmaceutical company")]),
    "pharma": (["Pharmaceuticals", "Pharma", "Pharmaceutical", "Laboratories", "Healthcare",
                "Life Sciences"],
               [("pharmaceutical company", "a global pharmaceutical company"),
                ("pharmaceutical company", "a research-based pharmaceutical company"),
                ("biopharmaceutical company", "a fully integrated biopharmaceutical company"),
                ("specialty pharmaceutical company", "a specialty pharmaceutical company")]),
    "cdmo": (["Biologics", "BioManufacturing", "Biopharma Services", "BioSolutions", "Bioprocessing"],
             [("CDMO", "a global contract development and manufacturing organization (CDMO)"),
              ("CDMO", "a leading CDMO"),
              ("CDMO", "a contract development and manufacturing organisation (CDMO)"),
              ("CRDMO", "an integrated contract research, development and manufacturing organization (CRDMO)")]),
    "cro": (["Clinical Research", "Research Services", "Clinical", "Trials"],
            [("CRO", "a full-service contract research organization (CRO)"),
             ("CRO", "a global clinical CRO"),
             ("CRO", "a contract research organisation (CRO)")]),
    "cmo": (["Pharma Services", "Contract Manufacturing", "Manufacturing Services"],
            [("CMO", "a contract manufacturing organization (CMO)"),
             ("CMO", "a contract manufacturer specialised in sterile injectables")]),
    "biosimilar": (["Biosimilars", "Biologics", "Biopharma"],
                   [("biosimilars company", "a biosimilars company"),
                    ("biosimilars company", "a company dedicated to developing biosimilars")]),
    "vaccine": (["Vaccines", "Biological Products", "Immunologicals"],
                [("vaccine manufacturer", "a vaccine manufacturer"),
                 ("vaccine company", "an integrated vaccine company")]),
    "generic": (["Lifesciences", "Drugs", "Generics", "Remedies"],
                [("generic drug manufacturer", "a generic drug manufacturer"),
                 ("API manufacturer", "an API manufacturer")]),
    "radio": (["Radiopharma", "Isotopes", "Theranostics"],
              [("radiopharmaceutical company", "a radiopharmaceutical company"),
               ("clinical-stage radiopharmaceutical company", "a clinical-stage radiopharmaceutical company")]),
    "investor": (["Capital", "Partners", "Holdings"],
                 [("investment firm", "a healthcare investment firm"),
                  ("investment firm", "a private equity firm focused on life sciences")]),
}

LEGAL_FORMS = {
    "US": ["Inc.", "Inc.", "Corp.", "LLC"], "CA": ["Inc.", "Corp."], "GB": ["plc", "Ltd", "Limited"],
    "IE": ["plc", "Limited"], "DE": ["GmbH", "AG", "SE"], "CH": ["AG", "SA"], "FR": ["SA", "SAS"],
    "NL": ["B.V.", "N.V."], "BE": ["SA", "NV"], "DK": ["A/S"], "SE": ["AB"], "IT": ["S.p.A.", "S.r.l."],
    "ES": ["S.A.", "S.L."], "CN": ["Co., Ltd.", "Co., Ltd.", "Inc."], "TW": ["Co., Ltd.", "Inc."],
    "JP": ["Co., Ltd.", "Inc.", "Corporation"], "KR": ["Co., Ltd.", "Inc."],
    "IN": ["Limited", "Ltd.", "Pvt. Ltd."], "SG": ["Pte. Ltd."], "AU": ["Limited", "Pty Ltd"],
    "IL": ["Ltd."], "BR": ["S.A.", "Ltda."], "AR": ["S.A."], "MX": ["S.A. de C.V."],
    "AE": ["PJSC", "LLC"], "SA": ["Co."], "EG": ["S.A.E."], "TR": ["A.Ş."], "ZA": ["Ltd"],
    "PL": ["S.A."], "HU": ["Zrt."],
}

EXCHANGES = {"US": ["NASDAQ", "Nasdaq", "NYSE"], "CN": ["SSE", "SZSE", "HKEX"], "HK": ["HKEX"],
             "JP": ["TSE"], "KR": ["KRX", "KOSDAQ"], "IN": ["NSE", "BSE"], "GB": ["LSE", "AIM"],
             "CH": ["SIX"], "DE": ["FSE"], "AU": ["ASX"], "DK": ["Nasdaq Copenhagen"],
             "SE": ["Nasdaq Stockholm"], "FR": ["Euronext Paris"], "NL": ["Euronext Amsterdam"],
             "CA": ["TSX"], "IL": ["TASE"]}

# --- places --------------------------------------------------------------------------------------
# (city, state or province for US/CA datelines in AP style, country, ISO code)
CITIES = [
    ("Boston", "Mass.", "Massachusetts", "United States", "US"),
    ("Cambridge", "Mass.", "Massachusetts", "United States", "US"),
    ("San Diego", "Calif.", "California", "United States", "US"),
    ("South San Francisco", "Calif.", "California", "United States", "US"),
    ("Princeton", "N.J.", "New Jersey", "United States", "US"),
    ("Philadelphia", "Pa.", "Pennsylvania", "United States", "US"),
    ("Durham", "N.C.", "North Carolina", "United States", "US"),
    ("Seattle", "Wash.", "Washington", "United States", "US"),
    ("New York", "N.Y.", "New York", "United States", "US"),
    ("Gaithersburg", "Md.", "Maryland", "United States", "US"),
    ("Houston", "Texas", "Texas", "United States", "US"),
    ("Waltham", "Mass.", "Massachusetts", "United States", "US"),
    ("Shanghai", None, None, "China", "CN"), ("Suzhou", None, None, "China", "CN"),
    ("Beijing", None, None, "China", "CN"), ("Hangzhou", None, None, "China", "CN"),
    ("Guangzhou", None, None, "China", "CN"), ("Chengdu", None, None, "China", "CN"),
    ("Wuhan", None, None, "China", "CN"), ("Shenzhen", None, None, "China", "CN"),
    ("Taizhou", None, None, "China", "CN"), ("Nanjing", None, None, "China", "CN"),
    ("Tianjin", None, None, "China", "CN"), ("Xiamen", None, None, "China", "CN"),
    ("Taipei", None, None, "Taiwan", "TW"), ("Hong Kong", None, None, "China", "HK"),
    ("Tokyo", None, None, "Japan", "JP"), ("Osaka", None, None, "Japan", "JP"),
    ("Kyoto", None, None, "Japan", "JP"), ("Kobe", None, None, "Japan", "JP"),
    ("Seoul", None, None, "South Korea", "KR"), ("Incheon", None, None, "South Korea", "KR"),
    ("Daejeon", None, None, "South Korea", "KR"), ("Osong", None, None, "South Korea", "KR"),
    ("Mumbai", None, None, "India", "IN"), ("Hyderabad", None, None, "India", "IN"),
    ("Bengaluru", None, None, "India", "IN"), ("Ahmedabad", None, None, "India", "IN"),
    ("Pune", None, None, "India", "IN"), ("Visakhapatnam", None, None, "India", "IN"),
    ("Munich", None, None, "Germany", "DE"), ("Berlin", None, None, "Germany", "DE"),
    ("Heidelberg", None, None, "Germany", "DE"), ("Marburg", None, None, "Germany", "DE"),
    ("Basel", None, None, "Switzerland", "CH"), ("Geneva", None, None, "Switzerland", "CH"),
    ("Visp", None, None, "Switzerland", "CH"), ("Paris", None, None, "France", "FR"),
    ("Lyon", None, None, "France", "FR"), ("London", None, None, "United Kingdom", "GB"),
    ("Oxford", None, None, "United Kingdom", "GB"), ("Stevenage", None, None, "United Kingdom", "GB"),
    ("Dublin", None, None, "Ireland", "IE"), ("Cork", None, None, "Ireland", "IE"),
    ("Leiden", None, None, "Netherlands", "NL"), ("Amsterdam", None, None, "Netherlands", "NL"),
    ("Ghent", None, None, "Belgium", "BE"), ("Copenhagen", None, None, "Denmark", "DK"),
    ("Stockholm", None, None, "Sweden", "SE"), ("Milan", None, None, "Italy", "IT"),
    ("Barcelona", None, None, "Spain", "ES"), ("Madrid", None, None, "Spain", "ES"),
    ("São Paulo", None, None, "Brazil", "BR"), ("Rio de Janeiro", None, None, "Brazil", "BR"),
    ("Buenos Aires", None, None, "Argentina", "AR"), ("Mexico City", None, None, "Mexico", "MX"),
    ("Singapore", None, None, "Singapore", "SG"), ("Melbourne", None, None, "Australia", "AU"),
    ("Sydney", None, None, "Australia", "AU"), ("Toronto", "Ont.", "Ontario", "Canada", "CA"),
    ("Montreal", "Que.", "Quebec", "Canada", "CA"), ("Vancouver", "B.C.", "British Columbia", "Canada", "CA"),
    ("Rehovot", None, None, "Israel", "IL"), ("Abu Dhabi", None, None, "United Arab Emirates", "AE"),
    ("Dubai", None, None, "United Arab Emirates", "AE"), ("Riyadh", None, None, "Saudi Arabia", "SA"),
    ("Cairo", None, None, "Egypt", "EG"), ("Cape Town", None, None, "South Africa", "ZA"),
    ("Istanbul", None, None, "Turkey", "TR"), ("Warsaw", None, None, "Poland", "PL"),
    ("Budapest", None, None, "Hungary", "HU"),
]

# region slot -> (countries, naming style); REGION_CYCLE repeats every 20 company indices
REGIONS = {
    "us": (["US"], "western"),
    "eu": (["DE", "CH", "FR", "GB", "IE", "NL", "BE", "DK", "SE", "IT", "ES", "PL", "HU"], "western"),
    "other": (["CA", "AU", "IL", "SG", "AE", "SA", "EG", "TR", "ZA"], "western"),
    "cn": (["CN", "CN", "CN", "CN", "TW", "HK"], "pinyin"),
    "jp": (["JP"], "japanese"),
    "kr": (["KR"], "korean"),
    "in": (["IN"], "indic"),
    "latam": (["BR", "AR", "MX", "ES"], "latin"),
}
REGION_CYCLE = ["us", "cn", "eu", "us", "in", "eu", "us", "cn", "other", "jp",
                "us", "cn", "eu", "kr", "us", "in", "eu", "eu", "latam", "us"]

# --- people --------------------------------------------------------------------------------------
NAMES = {  # culture -> (given names, surnames, surname first?)
    "en": (["James", "Sarah", "Michael", "Emily", "David", "Laura", "Robert", "Jennifer", "Thomas",
            "Rachel", "Daniel", "Katherine", "Mark", "Susan", "Andrew", "Megan", "Brian", "Julia",
            "Kevin", "Anne", "Christopher", "Elizabeth", "Matthew", "Karen", "Jonathan", "Amanda",
            "Peter", "Nicole", "Steven", "Heather", "Gregory", "Alison", "Douglas", "Victoria"],
           ["Whitfield", "Harrington", "Caldwell", "Brennan", "Sullivan", "Mercer", "Lawson",
            "Prescott", "Holloway", "Gardner", "Fletcher", "Donovan", "Ramsey", "Thornton", "Bishop",
            "Keller", "Monroe", "Pearson", "Reilly", "Sheridan", "Walsh", "Barrett", "Carver",
            "Dalton", "Ellison", "Forsyth", "Hughes", "Jennings", "Kendall", "Lowell", "Marsh",
            "Novak", "Osborne", "Pritchard", "Quinlan", "Radcliffe", "Stanton", "Tillman"], False),
    "zh": (["Wei", "Jun", "Hua", "Min", "Lei", "Yan", "Jing", "Xiaoming", "Jianguo", "Lihua",
            "Hongwei", "Yufei", "Zhiqiang", "Xin", "Haiyan", "Qiang", "Mei", "Tao", "Peng", "Ying",
            "Jie", "Bin", "Na", "Yong", "Fang", "Dong", "Xiaoling", "Guohua"],
           ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
            "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Song", "Tang", "Han",
            "Feng", "Deng", "Cao", "Xie", "Shen"], None),
    "ja": (["Hiroshi", "Takeshi", "Yuki", "Kenji", "Akiko", "Naoko", "Satoshi", "Masato", "Haruka",
            "Daisuke", "Kazuhiro", "Emi", "Ryota", "Tomoko", "Shinji", "Mayumi"],
           ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
            "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi",
            "Shimizu", "Okada"], False),
    "ko": (["Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Jae-won", "Soo-jin", "Dong-hyun", "Eun-ji",
            "Sung-ho", "Young-mi", "Kyung-soo", "Ji-young", "Hyun-woo", "Mi-ran"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
            "Shin", "Oh", "Seo"], False),
    "in": (["Rajesh", "Priya", "Anil", "Sunita", "Vikram", "Deepa", "Arun", "Kavita", "Sanjay",
            "Meera", "Rahul", "Anjali", "Suresh", "Nandini", "Ravi", "Lakshmi", "Arvind", "Pooja"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Mehta", "Rao", "Nair", "Desai",
            "Kulkarni", "Menon", "Bhatt", "Chopra", "Joshi", "Krishnan", "Banerjee", "Pillai"], False),
    "de": (["Stefan", "Katrin", "Matthias", "Julia", "Andreas", "Sabine", "Tobias", "Anja", "Markus",
            "Claudia", "Jörg", "Heike"],
           ["Hoffmann", "Becker", "Schneider", "Wagner", "Richter", "Vogel", "Krüger", "Brandt",
            "Lehmann", "Schäfer", "Zimmermann", "Hartmann", "Neumann", "Wolff"], False),
    "fr": (["Pierre", "Camille", "Julien", "Claire", "Antoine", "Sophie", "Mathieu", "Élodie",
            "Nicolas", "Isabelle", "François", "Hélène"],
           ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Fontaine", "Rousseau",
            "Mercier", "Chevalier", "Garnier", "Lambert"], False),
    "es": (["Carlos", "María", "Javier", "Lucía", "Alejandro", "Ana", "Fernando", "Beatriz", "João",
            "Mariana", "Rafael", "Gabriela", "Diego", "Valentina"],
           ["García", "Fernández", "Martínez", "Rodrigues", "Oliveira", "Souza", "Herrera",
            "Castillo", "Morales", "Vargas", "Almeida", "Pereira", "Navarro", "Ortega"], False),
    "ar": (["Ahmed", "Fatima", "Omar", "Layla", "Khalid", "Noura", "Youssef", "Rania", "Tarek",
            "Hana", "Karim", "Mariam"],
           ["Al-Mansouri", "Haddad", "El-Sayed", "Khoury", "Nasser", "Al-Rashid", "Farouk", "Saleh",
            "Aziz", "Hamdan", "Al-Otaibi", "Mansour"], False),
    "nl": (["Lars", "Ingrid", "Anders", "Sofie", "Erik", "Maja", "Pieter", "Annelies", "Jens",
            "Karin", "Henrik", "Astrid"],
           ["Johansson", "Lindqvist", "Andersen", "Nielsen", "van den Berg", "de Vries", "Jansen",
            "Bakker", "Holm", "Eriksen", "Visser", "Lund"], False),
    "it": (["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Elena"],
           ["Rossi", "Bianchi", "Ricci", "Marino", "Greco", "Colombo", "Esposito", "Romano",
            "Conti", "Ferrari"], False),
    "he": (["Yael", "Noam", "Tamar", "Eitan", "Michal", "Avi", "Ronit", "Oren"],
           ["Cohen", "Levi", "Mizrahi", "Peretz", "Friedman", "Shapiro", "Ben-David", "Katz"], False),
    "af": (["Chinedu", "Ngozi", "Oluwaseun", "Amara", "Kwame", "Ama", "Thabo", "Zanele"],
           ["Okafor", "Adeyemi", "Mensah", "Nwosu", "Balogun", "Owusu", "Nkosi", "Dlamini"], False),
    "tr": (["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif"],
           ["Yılmaz", "Demir", "Kaya", "Şahin", "Aydın", "Öztürk"], False),
    "pl": (["Piotr", "Anna", "Tomasz", "Katarzyna", "László", "Eszter"],
           ["Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Kovács", "Szabó"], False),
}
CULTURE_BY_COUNTRY = {
    "US": ["en", "en", "en", "en", "zh", "in", "ko", "es", "de", "he", "af", "it"],
    "CA": ["en", "en", "fr", "zh", "in"], "GB": ["en", "en", "en", "in", "it", "af"], "IE": ["en"],
    "AU": ["en", "en", "zh"], "CN": ["zh"], "TW": ["zh"], "HK": ["zh", "en"], "SG": ["zh", "en", "in"],
    "JP": ["ja"], "KR": ["ko"], "IN": ["in"], "DE": ["de", "de", "en"], "CH": ["de", "fr", "it", "en"],
    "FR": ["fr"], "BE": ["fr", "nl"], "NL": ["nl"], "DK": ["nl"], "SE": ["nl"], "IT": ["it"],
    "ES": ["es"], "BR": ["es"], "AR": ["es"], "MX": ["es"], "IL": ["he"], "AE": ["ar", "in", "en"],
    "SA": ["ar"], "EG": ["ar"], "TR": ["tr"], "ZA": ["af", "en"], "PL": ["pl"], "HU": ["pl"],
}

# job titles: gold role(s) and written forms (first is the canonical written form)
EXEC_TITLES = {
    "ceo": (["Chief Executive Officer"], ["Chief Executive Officer", "CEO"]),
    "pceo": (["President", "Chief Executive Officer"], ["President and Chief Executive Officer", "President and CEO"]),
    "fceo": (["Founder", "Chief Executive Officer"], ["Founder and Chief Executive Officer", "Founder and CEO"]),
    "chair": (["Chairman of the Board"], ["Chairman of the Board", "Chairman of the Board of Directors"]),
    "chairceo": (["Chairman", "Chief Executive Officer"], ["Chairman and Chief Executive Officer", "Chairman and CEO"]),
    "cso": (["Chief Scientific Officer"], ["Chief Scientific Officer", "CSO"]),
    "cmo": (["Chief Medical Officer"], ["Chief Medical Officer"]),
    "cfo": (["Chief Financial Officer"], ["Chief Financial Officer", "CFO"]),
    "coo": (["Chief Operating Officer"], ["Chief Operating Officer", "COO"]),
    "cbo": (["Chief Business Officer"], ["Chief Business Officer"]),
    "cto": (["Chief Technology Officer"], ["Chief Technology Officer"]),
    "svpbd": (["Senior Vice President, Business Development"], ["Senior Vice President, Business Development"]),
    "vpq": (["Vice President, Quality"], ["Vice President, Quality", "Vice President of Quality"]),
    "evpops": (["Executive Vice President, Global Operations"], ["Executive Vice President, Global Operations"]),
    "gm": (["General Manager"], ["General Manager"]),
    "md": (["Managing Director"], ["Managing Director"]),
    "headmfg": (["Head of Manufacturing"], ["Head of Manufacturing", "Global Head of Manufacturing"]),
}

# --- products ------------------------------------------------------------------------------------
# INN-like names and brands are drawn by a bijection from (company, product) to these parts, so
# no two products share one (see gen_corpus.unique_name).
INN_PARTS = (["zel", "tor", "vam", "ber", "cal", "dra", "fen", "gal", "ibr", "kor", "lum", "mor",
              "nex", "ocr", "pan", "quil", "ras", "sib", "tev", "ulv", "vor", "xan", "zan", "ade",
              "bem", "cor", "dov", "eli", "fur", "gem", "hal", "ist", "jov", "lor", "mav", "nor",
              "obi", "pel", "rel", "sot", "tal", "umb", "val", "wel"],
             ["vo", "ri", "ta", "li", "ne", "do", "sa", "ci", "mo", "pi", "ze", "ra", "lu", "te"],
             ["du", "ba", "ge", "ki", "no", "pa", "ro", "su", "ti", "vu", "xe", "le", "me", "fo"],
             ["ta", "li", "ci", "zu", "ne", "ga", "ro", "mi", "se", "ve"])
BRAND_PARTS = (["Zel", "Tre", "Vor", "Ona", "Lumi", "Cor", "Eri", "Nexa", "Qui", "Ryl", "Sava", "Tal",
                "Ulti", "Vel", "Xy", "Yon", "Ambi", "Bre", "Cel", "Dy", "Evo", "Fo", "Gli", "Hy", "Iva",
                "Jar", "Kel", "Liv", "Myr", "Nor", "Opt", "Pra", "Rel", "Sym", "Tor", "Uvo", "Vax", "Wyn",
                "Xen", "Zor"],
               ["ni", "a", "e", "i", "o", "u", "ra", "li", "ne", "to", "va", "mi", "so", "de", "ca", "pi",
                "lo", "ze", "ta", "ru"],
               ["vora", "nexa", "lixa", "tria", "qaro", "vyn", "zeda", "mira", "tevo", "dria", "lyra",
                "pexa", "sova", "nity", "rio", "vance", "zio", "cely", "quel", "dra", "zan", "tiq",
                "vex", "mo", "rix", "ly", "na", "sta", "ver", "ton", "dyn", "fia", "gra", "kyr", "lant",
                "mex", "nda", "phi", "ro", "sen", "tas", "uma", "vel", "xa", "yra", "zel", "bri", "cor",
                "dil", "ena", "fyn", "gal", "hex", "ixa", "jen", "kov", "lux", "mar", "nuv", "ora",
                "pel", "que", "rin", "sil", "tum", "uvi", "vin", "wel", "xor", "yla", "zyn", "amo",
                "bex", "cyt", "dox", "evi", "fur", "gen", "hal", "ino", "jor", "kai", "lev", "mun",
                "neo", "oxa", "pro", "qua", "rel", "syn", "tri", "ulo", "vis", "wyn", "xyl", "zet", "bel",
                "cun", "dor", "fex"])
# modality key -> (gold modality, INN suffixes, phrase templates ({t} target text))
MODALITIES = {
    "mab": ("monoclonal antibody", ["mab"], ["a humanized monoclonal antibody targeting {t}",
                                               "a fully human IgG1 monoclonal antibody against {t}",
                                               "an anti-{t} monoclonal antibody"]),
    "bsab": ("bispecific antibody", ["mab"], ["a bispecific antibody targeting {t}",
                                               "a {t} bispecific antibody"]),
    "adc": ("antibody-drug conjugate", ["mab vedotin", "mab tirumotecan", "mab govitecan"],
            ["an antibody-drug conjugate (ADC) directed against {t}", "a {t}-directed ADC",
             "a next-generation antibody-drug conjugate targeting {t}"]),
    "bsadc": ("bispecific antibody-drug conjugate", ["mab"],
              ["a bispecific antibody-drug conjugate targeting {t}", "a {t} bispecific ADC"]),
    "sm": ("small molecule", ["tinib", "rasib", "lisib", "ciclib", "parib"],
           ["an oral, selective small-molecule {t} inhibitor", "a small molecule inhibitor of {t}",
            "a potent, orally available {t} inhibitor"]),
    "cart": ("CAR-T cell therapy", ["cabtagene autoleucel"],
             ["an autologous CAR-T cell therapy targeting {t}", "a {t}-directed CAR-T cell therapy"]),
    "gene": ("gene therapy", ["gene ravoparvovec"], ["an AAV-based gene therapy", "a one-time gene therapy"]),
    "radio": ("radiopharmaceutical", [""], ["a {iso}-labelled radioligand targeting {t}",
                                             "a radiopharmaceutical that delivers {iso} to {t}-expressing cells"]),
    "vaccine": ("vaccine", [""], ["a recombinant protein vaccine", "an adjuvanted subunit vaccine",
                                  "an mRNA vaccine"]),
    "peptide": ("peptide", ["tide", "glutide"], ["a once-weekly {t} agonist peptide",
                                                   "a long-acting peptide {t} agonist"]),
    "sirna": ("oligonucleotide", ["siran"], ["a small interfering RNA (siRNA) therapeutic targeting {t}",
                                             "an siRNA directed against {t}"]),
    "biosim": ("biosimilar monoclonal antibody", [""], ["a proposed biosimilar to {ref}",
                                                        "a biosimilar of {ref}"]),
}
# modality -> [(targets, indications)] (names as in data/reference/*.csv)
PROGRAMS = {
    "mab": [(["PD-1"], ["non-small cell lung cancer", "hepatocellular carcinoma"]),
            (["CLDN18.2"], ["gastric cancer"]), (["IL-23"], ["plaque psoriasis", "Crohn's disease"]),
            (["TSLP"], ["severe asthma"]), (["IL-4R"], ["atopic dermatitis"]),
            (["CD38"], ["multiple myeloma"]), (["TL1A"], ["ulcerative colitis"]),
            (["FcRn"], ["generalized myasthenia gravis"]), (["PCSK9"], ["hypercholesterolemia"]),
            (["amyloid beta"], ["Alzheimer's disease"]), (["IL-17A"], ["psoriatic arthritis"])],
    "bsab": [(["PD-1", "VEGF"], ["non-small cell lung cancer"]), (["CD3", "BCMA"], ["multiple myeloma"]),
             (["CD3", "CD20"], ["diffuse large B-cell lymphoma"]), (["PD-L1", "CTLA-4"], ["solid tumors"]),
             (["CD3", "DLL3"], ["small cell lung cancer"]), (["EGFR", "c-Met"], ["non-small cell lung cancer"])],
    "adc": [(["TROP2"], ["triple-negative breast cancer"]), (["HER2"], ["HER2-low breast cancer", "gastric cancer"]),
            (["B7-H3"], ["small cell lung cancer"]), (["Nectin-4"], ["urothelial cancer"]),
            (["CLDN18.2"], ["gastric cancer", "pancreatic cancer"]), (["FRα"], ["platinum-resistant ovarian cancer"]),
            (["CDH6"], ["ovarian cancer"]), (["c-Met"], ["non-small cell lung cancer"])],
    "bsadc": [(["EGFR", "HER3"], ["non-small cell lung cancer", "nasopharyngeal carcinoma"]),
              (["HER2", "TROP2"], ["breast cancer"])],
    "sm": [(["KRAS G12C"], ["non-small cell lung cancer", "colorectal cancer"]), (["BTK"], ["chronic lymphocytic leukemia"]),
           (["JAK1"], ["rheumatoid arthritis", "atopic dermatitis"]), (["CDK4/6"], ["HR-positive HER2-negative breast cancer"]),
           (["PARP1"], ["ovarian cancer", "prostate cancer"]), (["ALK"], ["ALK-positive non-small cell lung cancer"]),
           (["menin"], ["acute myeloid leukemia"]), (["TYK2"], ["plaque psoriasis"]),
           (["FGFR2"], ["cholangiocarcinoma"]), (["PI3Kα"], ["breast cancer"])],
    "cart": [(["BCMA"], ["relapsed or refractory multiple myeloma"]), (["CD19"], ["large B-cell lymphoma"]),
             (["CD19"], ["systemic lupus erythematosus"]), (["GPRC5D"], ["multiple myeloma"])],
    "gene": [([], ["hemophilia A"]), ([], ["hemophilia B"]), ([], ["Duchenne muscular dystrophy"]),
             ([], ["spinal muscular atrophy"]), ([], ["retinitis pigmentosa"])],
    "radio": [(["PSMA"], ["metastatic castration-resistant prostate cancer"]),
              (["SSTR2"], ["gastroenteropancreatic neuroendocrine tumors"]), (["FAP"], ["solid tumors"]),
              (["GRPR"], ["prostate cancer"])],
    "vaccine": [([], ["respiratory syncytial virus"]), ([], ["COVID-19"]), ([], ["herpes zoster"]),
                ([], ["pneumococcal disease"]), ([], ["influenza"]), ([], ["dengue"]), ([], ["chikungunya"])],
    "peptide": [(["GLP-1R"], ["obesity", "type 2 diabetes"]), (["GIPR", "GLP-1R"], ["obesity"]),
                (["amylin"], ["obesity"])],
    "sirna": [(["PCSK9"], ["hypercholesterolemia"]), (["TTR"], ["hereditary transthyretin amyloidosis"]),
              (["Lp(a)"], ["atherosclerotic cardiovascular disease"]), (["APOC3"], ["familial chylomicronemia syndrome"])],
}
# biosimilar programmes: (reference INN, reference brand, targets, indications)
BIOSIMILARS = [
    ("trastuzumab", "Herceptin", ["HER2"], ["HER2-positive breast cancer", "gastric cancer"]),
    ("adalimumab", "Humira", ["TNF"], ["rheumatoid arthritis", "plaque psoriasis"]),
    ("bevacizumab", "Avastin", ["VEGF"], ["metastatic colorectal cancer", "non-squamous non-small cell lung cancer"]),
    ("denosumab", "Prolia", ["RANKL"], ["postmenopausal osteoporosis"]),
    ("ustekinumab", "Stelara", ["IL-12/23"], ["plaque psoriasis", "Crohn's disease"]),
    ("aflibercept", "Eylea", ["VEGF"], ["neovascular age-related macular degeneration"]),
    ("pembrolizumab", "Keytruda", ["PD-1"], ["melanoma", "non-small cell lung cancer"]),
    ("tocilizumab", "Actemra", ["IL-6R"], ["rheumatoid arthritis"]),
    ("omalizumab", "Xolair", ["IgE"], ["chronic spontaneous urticaria", "severe asthma"]),
]
ISOTOPES = [("Lu-177", "177Lu", "lutetium-177"), ("Ac-225", "225Ac", "actinium-225")]
PHASES = [("Preclinical", ["preclinical development", "IND-enabling studies"]),
          ("Phase I", ["Phase 1", "Phase I", "Phase 1a/1b", "first-in-human Phase 1"]),
          ("Phase II", ["Phase 2", "Phase II", "Phase 2b", "randomized Phase 2"]),
          ("Phase III", ["Phase 3", "Phase III", "pivotal Phase 3", "global Phase III"])]

# --- services ------------------------------------------------------------------------------------
ACTIVITIES = {
    "biologics": ["cell line development", "upstream process development", "downstream process development",
                  "analytical method development", "formulation development", "clinical drug substance manufacturing",
                  "commercial drug substance manufacturing", "drug product fill-finish", "technology transfer",
                  "process performance qualification", "stability studies", "regulatory CMC support"],
    "small": ["route scouting", "process chemistry", "API manufacturing", "GMP scale-up",
              "solid-state characterization", "oral solid dose manufacturing", "analytical development"],
    "adc": ["antibody production", "linker-payload synthesis", "conjugation", "ADC drug product manufacturing",
            "analytical method development", "release testing"],
    "cro": ["clinical trial management", "site monitoring", "patient recruitment", "data management",
            "biostatistics", "pharmacovigilance", "medical writing", "regulatory submissions"],
    "cmo": ["commercial manufacturing", "aseptic fill and finish", "lyophilization", "packaging and labelling",
            "secondary packaging", "serialization"],
    "radio": ["radiolabeling process development", "isotope supply", "clinical supply manufacturing",
              "cold-chain distribution", "quality control testing"],
    "cell": ["viral vector manufacturing", "cell processing", "process development", "release testing",
             "clinical supply manufacturing"],
}
SERVICE_PHRASES = {  # gold service -> written forms
    "CDMO": ["contract development and manufacturing organization (CDMO)", "CDMO",
             "contract development and manufacturing organisation (CDMO)", "CDMO partner",
             "contract development and manufacturing partner"],
    "CRO": ["contract research organization (CRO)", "CRO", "clinical research partner"],
    "CMO": ["contract manufacturing organization (CMO)", "CMO", "contract manufacturer"],
    "CRDMO": ["CRDMO", "contract research, development and manufacturing organization (CRDMO)"],
    "CDO": ["contract development organization (CDO)", "CDO"],
}

# --- deals ---------------------------------------------------------------------------------------
# licensing territories: (gold territory, the phrase written after the product)
TERRITORIES = [("Greater China", "in Greater China"),
               ("mainland China, Hong Kong, Macau and Taiwan", "in mainland China, Hong Kong, Macau and Taiwan"),
               ("worldwide excluding Greater China", "worldwide excluding Greater China"),
               ("worldwide, except mainland China", "worldwide, except mainland China"),
               ("the United States", "in the United States"), ("Europe", "in Europe"), ("Japan", "in Japan"),
               ("South Korea", "in South Korea"), ("Latin America", "in Latin America"),
               ("the Middle East and North Africa", "in the Middle East and North Africa"),
               ("emerging markets", "in emerging markets"), ("worldwide", "worldwide"),
               ("global", "on a global basis"), ("Southeast Asia", "across Southeast Asia"),
               ("India and other South Asian markets", "in India and other South Asian markets"),
               ("Canada", "in Canada"), ("Australia and New Zealand", "in Australia and New Zealand"),
               ("all territories outside of Asia", "in all territories outside of Asia"),
               ("the European Union and the United Kingdom", "in the European Union and the United Kingdom")]
CURRENCIES = {  # code -> written forms ({n} number, {s} scale word)
    "USD": ["${n} {s}", "US${n} {s}", "USD {n} {s}", "${n} {s}", "USD{n} {s}"],
    "EUR": ["€{n} {s}", "EUR {n} {s}"],
    "CNY": ["RMB {n} {s}", "RMB{n} {s}", "CNY {n} {s}"],
    "JPY": ["JPY {n} {s}", "{n} {s} yen"],
    "GBP": ["£{n} {s}", "GBP {n} {s}"],
    "CHF": ["CHF {n} {s}"],
    "KRW": ["KRW {n} {s}", "₩{n} {s}"],
}
ANALYSTS = ["Frost & Sullivan", "MarketsandMarkets", "GlobalData", "Evaluate Pharma", "Grand View Research",
            "Fortune Business Insights", "Precedence Research", "the IQVIA Institute", "Mordor Intelligence",
            "Roots Analysis"]
ADVISERS = ["Whitmore & Lane LLP", "Harcourt Partners", "Brightwater Capital Advisors", "Castlegate Securities",
            "Redfern Keane LLP", "Ashby Morrow & Co.", "Lindqvist Advokatbyrå", "Kingsbridge Evercourt"]
TRIAL_WORDS = ["HORIZON", "SUMMIT", "ASCEND", "BEACON", "CLARITY", "ORBIT", "VANTAGE", "PINNACLE", "RADIANT",
               "MERIDIAN", "ZENITH", "KESTREL", "AURORA", "CATALYST", "ELEVATE", "HARBOR", "LUMEN", "NAVIGATE"]
PLATFORM_WORDS = ["TRIDENT", "OptiLink", "NovaConjugate", "PrismBody", "XenoMab", "StableCell", "FlexDuo",
                  "CleaveSafe", "ImmunoForge", "TargetLock", "HelixSelect", "PulseFill"]

FORWARD_LOOKING = [
    ("This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995, including statements regarding {co}'s expectations for the development, "
    "regulatory review and commercialization of its product candidates, the anticipated benefits of the "
    "transaction described herein, and its business strategy. Words such as \"anticipate\", \"believe\", "
    "\"expect\", \"intend\", \"may\", \"plan\", \"potential\" and \"will\" identify forward-looking statements. "
    "These statements are subject to risks and uncertainties that could cause actual results to differ "
    "materially, including risks related to clinical development, manufacturing, competition and the "
    "regulatory environment. {co} undertakes no obligation to update any forward-looking statement, except "
    "as required by law."),
    ("Certain statements in this announcement are forward-looking. They reflect the current views of the "
    "management of {co} with respect to future events and are subject to known and unknown risks, "
    "uncertainties and assumptions. Actual results, performance or events may differ materially from those "
    "expressed or implied in such statements. Readers are cautioned not to place undue reliance on these "
    "statements, which speak only as of the date of this announcement."),
    ("Statements in this release that are not historical facts, including statements about planned "
    "regulatory submissions, the timing of clinical trials, manufacturing capacity and the expected "
    "financial impact of the agreement, are forward-looking statements. They are based on assumptions that "
    "{co} believes to be reasonable but involve risks, including delays in clinical trials, unfavourable "
    "regulatory decisions, supply interruptions and changes in market conditions. {co} disclaims any "
    "obligation to revise these statements to reflect later events or circumstances."),
    ("This document may contain forward-looking information about {co}'s business and products. Such "
    "information is subject to risks and uncertainties, many of which are outside the company's control, "
    "and actual results may differ materially. Investors should consult the risk factors described in the "
    "company's most recent annual report and other filings with the securities regulators. {co} assumes "
    "no duty to update the information in this release."),
]
# Context sentences without facts, by topic; gen_corpus joins two or three into a paragraph.
# Placeholders: {co} main company, {ind} indication, {city} dateline city, {year} next year.
FILLER = {
    "deal": [
        "The boards of both companies have unanimously approved the agreement.",
        "Analysts said the terms were in line with recent transactions involving assets at a similar stage of development.",
        "The agreement includes customary provisions for termination and for the return of rights.",
        ("The agreement is consistent with {co}'s strategy of building a diversified portfolio of "
        "differentiated medicines and of expanding its presence in key markets through partnerships."),
        ("The companies will establish a joint steering committee to oversee development activities and "
        "to coordinate regulatory interactions across the relevant regions."),
        ("Deal activity in the sector has picked up as large companies look to replenish pipelines ahead "
        "of patent expiries later this decade."),
        ("Both companies will host a conference call for analysts and investors later today; a replay "
        "will be available on their websites."),
        ("The parties have agreed on a joint development plan that covers clinical studies in several "
        "indications and regions."),
    ],
    "acquisition": [
        ("Management noted that the transaction would be financed from existing cash resources and would "
        "not change the company's previously communicated financial guidance."),
        "The transaction is expected to be accretive to earnings within three years of closing.",
        ("The companies said that integration planning teams would be set up immediately to ensure "
        "continuity for patients, employees and partners."),
        ("{co} said the deal would give it access to new modalities and strengthen its presence in "
        "oncology and immunology."),
        "Revenue from the combined portfolio is expected to grow at a double-digit rate over the next five years.",
        ("Deal activity in the sector has picked up as large companies look to replenish pipelines ahead "
        "of patent expiries later this decade."),
        "The boards of both companies have unanimously approved the agreement.",
        "Employees of the acquired company will join the acquirer's research and development organisation.",
        ("The acquisition price represents a substantial premium to the target's closing share price on the "
        "last trading day before the announcement."),
        "The acquirer expects to realise cost synergies in manufacturing and administration by the third year.",
    ],
    "develop": [
        ("{ind} remains a serious condition with substantial unmet medical need, and many patients "
        "relapse or stop responding to current treatments."),
        ("Preclinical data presented at a recent scientific meeting showed potent activity and a "
        "favourable tolerability profile across several models."),
        ("Results from the dose-escalation portion of the study showed encouraging signs of clinical "
        "activity, with a manageable safety profile and no new safety signals."),
        ("The programme benefits from a well-characterised mechanism of action and a biomarker strategy "
        "that may help identify the patients most likely to respond."),
        ("Patients with advanced disease who progress after standard treatment have limited options, and "
        "response rates to currently available therapies remain modest."),
        "The study will enrol approximately {n} patients at sites in North America, Europe and Asia.",
        ("The primary endpoint is progression-free survival; secondary endpoints include overall "
        "survival, objective response rate and safety."),
        "Full results will be submitted for presentation at an upcoming medical meeting.",
    ],
    "approved": [
        ("{ind} affects millions of people worldwide, and many of them are not adequately served by the "
        "treatments available today."),
        ("The approval is supported by data from a multinational, randomised, double-blind study that met "
        "its primary endpoint with a statistically significant improvement over the comparator."),
        ("The most common adverse events in the pivotal study were mild to moderate in severity and "
        "consistent with the known safety profile of the class."),
        ("The company expects to make the product available to patients within the coming weeks and is "
        "working with payers to secure broad reimbursement."),
        ("Healthcare professionals should consult the full prescribing information for dosing, "
        "contraindications and warnings."),
        "The launch will be supported by a dedicated specialty sales force and a patient support programme.",
    ],
    "quality": [
        "The company said no critical or major deficiencies were identified during the inspection.",
        "Corrective and preventive actions from earlier audits were reviewed and found to be effectively implemented.",
        "The site employs more than a thousand people and runs several production lines for oral and injectable products.",
        "Several multinational customers audited the facility over the past year as part of their supplier qualification.",
        "The certificate is valid for three years, subject to periodic surveillance by the authority.",
        ("Quality remains at the core of everything we do, and the outcome reflects years of sustained "
        "investment in our people, systems and facilities."),
        ("The inspection covered the quality management system, production, facilities and equipment, "
        "laboratory controls, materials management and packaging and labelling operations."),
        ("The site produces active pharmaceutical ingredients and finished dosage forms for markets across "
        "Asia, Europe, Latin America and the Middle East."),
        ("Regulatory agencies increasingly rely on one another's inspection outcomes, and a positive "
        "result can shorten the registration timeline in other markets that recognise the certificate."),
        ("Inspectors reviewed batch records, data-integrity controls and the environmental monitoring "
        "programme over several days on site."),
        ("The company has invested in automated quality systems and in training programmes for its "
        "production and laboratory staff."),
        ("A growing number of product registrations in export markets depends on an up-to-date GMP "
        "certificate from the importing country's authority."),
    ],
    "manufacturing": [
        "The site includes warehousing, quality control laboratories and office space for several hundred employees.",
        "Construction was completed on schedule and within budget despite supply chain constraints in the region.",
        "Local authorities supported the project through infrastructure upgrades and workforce training grants.",
        ("Digital batch records and a manufacturing execution system connect the new building to the company's "
        "global quality network."),
        "Process validation runs are planned for the coming months, followed by regulatory inspections.",
        "The investment forms part of a multi-year programme to double the company's global production capacity.",
        ("The facility is designed to flexible, modular standards and uses single-use technology to reduce "
        "changeover times between products."),
        ("Demand for outsourced biologics manufacturing capacity has grown steadily as more antibody and "
        "ADC programmes move into late-stage development."),
        ("Automated visual inspection, closed processing and continuous environmental monitoring are "
        "installed throughout the new production area."),
        "The expansion is expected to create several hundred skilled jobs in the region over the next three years.",
        "The company has worked with local universities to build a pipeline of trained bioprocess engineers.",
        ("Energy-efficient utilities and water recycling are expected to cut the site's carbon footprint "
        "substantially compared with a conventional plant."),
        "Technology transfer to the new site will take place in stages, starting with clinical-scale production.",
    ],
    "clinical": [
        "The sponsor retains overall responsibility for the trial and its regulatory filings.",
        "Patient enrolment is expected to begin in the coming months, pending approvals from ethics committees.",
        "Risk-based monitoring will focus on-site visits on the data most critical to patient safety and trial outcomes.",
        "The partners have worked together on earlier-stage studies and will reuse established data standards.",
        ("Sponsors increasingly outsource the operation of global trials to partners with established "
        "site networks and regulatory expertise."),
        ("Decentralised trial elements, including remote monitoring and home nursing visits, will be used "
        "where local regulations allow."),
        "The study will be run across more than {n} sites in North America, Europe and the Asia-Pacific region.",
        "Data will be captured in a single electronic data capture system to speed up database lock.",
    ],
    "people": [
        ("Over the course of a career spanning more than two decades, the new executive has held senior "
        "positions in research, development and commercial operations."),
        "The incoming executive holds a doctorate in molecular biology and a master's degree in business administration.",
        "The leadership change comes as the company prepares for several clinical read-outs expected next year.",
        "The company also said that its board had approved an updated long-term incentive plan for senior management.",
        "Recent hires have brought experience in regulatory affairs, market access and global supply chain management.",
        "The company expects to complete the transition of responsibilities by the end of the current quarter.",
        "Shareholders will be asked to confirm the appointment at the next annual general meeting.",
        "The appointment follows a search process led by the nominating committee of the board.",
        ("The company has strengthened its leadership team over the past year as it prepares for late-stage "
        "development and potential commercialisation."),
        "The new executive will be based at the company's headquarters and will report to the board.",
        "Inducement grants were approved by the compensation committee in accordance with applicable listing rules.",
    ],
}
QUOTES = {
    "deal": [("Their team has built an impressive programme, and our global development and commercial "
             "capabilities can help it reach many more patients."),
             ("This deal reflects our disciplined approach to business development and our focus on "
             "first-in-class and best-in-class assets."),
             ("Partnering allows us to stay focused on discovery while an experienced partner takes the "
             "programme through late-stage development and launch."),
             ("This agreement brings together complementary strengths and gives us the resources to move "
             "quickly toward patients who need new options."),
             ("We are excited to partner with a team that shares our commitment to scientific excellence "
             "and to bringing important medicines to patients around the world."),
             "The transaction marks an important step in our strategy and validates the potential of our platform.",
             "We look forward to working closely together to realise the full value of this programme."],
    "regulatory": ["Today's news brings us one step closer to offering patients a new treatment option.",
                   "We will continue to work closely with regulators as we advance the programme through development.",
                   ("This milestone reflects the dedication of our teams and the patients and investigators "
                   "who took part in our clinical programme."),
                   ("We are grateful to the agency for its thorough review and look forward to making this "
                   "treatment available to patients as soon as possible."),
                   ("This decision underscores the strength of the clinical data and the significant unmet need "
                   "that remains in this disease.")],
    "clinical": [("Running this study with an experienced partner will help us generate high-quality data "
                 "quickly and keep our programme on schedule."),
                 ("Our teams have supported many programmes in this therapeutic area, and we are delighted to "
                 "add this study to our portfolio.")],
    "quality": ["This outcome reflects the discipline of our operators, analysts and quality professionals.",
                ("Passing this inspection demonstrates the robustness of our quality systems and our "
                "commitment to the highest international standards."),
                ("The certification opens the door to new markets and confirms that our site operates at a "
                "world-class level of compliance."),
                "Our team has worked tirelessly to build a culture of quality, and this recognition belongs to them."],
    "manufacturing": [("Customers tell us that speed and reliability of supply matter as much as price, and this "
                      "investment addresses both."),
                      ("Expanding our capacity allows us to support our partners from early development "
                      "through commercial supply with speed and flexibility."),
                      ("The new facility strengthens our ability to serve customers worldwide and to respond "
                      "quickly to growing demand for complex biologics.")],
    "joining": [("I am honoured to join the company at such an exciting time and look forward to working with "
                "the team to deliver on our strategy."),
                ("The science here is compelling, and I am excited to help build the organisation that will bring "
                "it to patients.")],
    "people": ["We are delighted to welcome {name}, whose experience will strengthen our leadership team.",
               ("{name}'s deep operational experience and track record of execution will be invaluable as we "
               "enter our next phase of growth."),
               ("{name}'s leadership and industry experience will help guide the company through its "
               "transition to a commercial organisation.")],
}
RELATED = ["Five trends shaping biologics manufacturing in the year ahead",
           "Webinar: building resilient supply chains for sterile injectables",
           "Interview: what regulators expect from continuous manufacturing",
           "Podcast: the economics of cell and gene therapy production",
           "Analysis: how biosimilar uptake is changing hospital procurement",
           "Opinion: the case for harmonised GMP inspections",
           "Event preview: the annual bioprocessing summit",
           "Explainer: what a Form 483 means for a manufacturer"]
