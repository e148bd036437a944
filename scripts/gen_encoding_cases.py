#!/usr/bin/env python3
"""gen_encoding_cases.py: writes the golden cases tests/golden/encoding_* :
one short news page per legacy encoding, in a language that encoding is
used for, encoded by Python's codecs, with the expected UTF-8 text. Cases
cover a <meta charset>, an http-equiv declaration, a byte-order mark, an
undeclared page (detection) and a wrong declaration (UTF-8 declared,
windows-1252 served). Re-run after editing; the output is checked in.

    scripts/gen_encoding_cases.py
"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name -> (python codec, declaration style, lang, title, [paragraphs])
PAGES = {
    "utf8": ("utf-8", "meta", "fr", "Le marché de Noël ouvre ses portes à Strasbourg",
             ["Le célèbre marché de Noël de Strasbourg a ouvert vendredi soir, avec plus de trois cents chalets répartis dans le centre historique.",
              "« C'est la plus belle période de l'année », a déclaré une commerçante qui vend du pain d'épices depuis vingt-cinq ans.",
              "La préfecture a renforcé les contrôles de sécurité aux entrées de la Grande Île jusqu'au 24 décembre."]),
    "iso8859_1": ("latin-1", "http-equiv", "es", "La lluvia vuelve a Andalucía después de meses de sequía",
                  ["Las precipitaciones de este fin de semana han aliviado la situación de los embalses andaluces, que estaban al veinte por ciento.",
                   "«Necesitamos que siga lloviendo durante semanas», explicó un agricultor de Jaén a los periodistas.",
                   "La Junta mantendrá las restricciones de riego hasta que la reserva supere el treinta por ciento."]),
    "iso8859_2": ("iso8859-2", "meta", "pl", "Nowy most w Gdańsku otwarty dla pieszych",
                  ["Po dwóch latach budowy nowy most zwodzony na Motławie został w środę otwarty dla pieszych i rowerzystów.",
                   "Prezydent miasta powiedziała, że przeprawa skróci drogę na Wyspę Spichrzów o kilkanaście minut.",
                   "Most będzie podnoszony co godzinę, aby przepuścić jachty płynące do mariny."]),
    "iso8859_15": ("iso8859-15", "meta", "fr", "Le prix du bœuf atteint un record à 12 € le kilo",
                   ["Le prix de la viande de bœuf a atteint un niveau record cette semaine sur les marchés de gros, à douze euros le kilo.",
                    "Les éleveurs expliquent cette hausse par le coût de l'alimentation animale et la sécheresse de l'été.",
                    "Les bouchers craignent une baisse de la consommation pendant les fêtes de fin d'année."]),
    "koi8r": ("koi8-r", "meta", "ru", "В Москве открылась новая станция метро",
              ["В субботу в Москве открылась новая станция метро на Большой кольцевой линии, сообщили в мэрии.",
               "По словам властей, станция разгрузит соседние линии и сократит время в пути для жителей района.",
               "В первый день станцией воспользовались более сорока тысяч пассажиров."]),
    "windows1251": ("cp1251", "http-equiv", "bg", "Нов парк отвори врати в центъра на София",
                    ["Новият парк в центъра на София беше открит в неделя след две години строителство и реконструкция.",
                     "Кметът заяви, че в парка са засадени над хиляда дървета и храсти от местни видове.",
                     "Жителите на района посрещнаха откриването с концерт и детски игри."]),
    "windows1251_undeclared": ("cp1251", "none", "ru", "Зима пришла в Сибирь раньше обычного",
                               ["В Новосибирске выпал первый снег, на две недели раньше обычного срока, сообщили синоптики в пятницу.",
                                "Коммунальные службы города вывели на улицы всю снегоуборочную технику и работали всю ночь.",
                                "Жителей просят по возможности пользоваться общественным транспортом в ближайшие дни."]),
    "shift_jis": ("shift_jis", "meta", "ja", "東京で桜が開花、平年より早く",
                  ["気象庁は十八日、東京都心で桜が開花したと発表した。平年より六日早く、昨年より三日早い開花となった。",
                   "靖国神社の標本木で五輪以上の花が咲いているのを職員が確認した。満開は一週間ほど先の見込みだという。",
                   "上野公園では早くも多くの花見客が訪れ、写真を撮る姿が見られた。"]),
    "euc_jp": ("euc_jp", "meta", "ja", "大阪で新しい図書館が開館",
               ["大阪市中央区に新しい市立図書館が開館し、初日から多くの利用者が訪れた。蔵書は約三十万冊にのぼる。",
                "館長は「子どもから高齢者まで、誰もが気軽に立ち寄れる場所にしたい」と話した。",
                "館内には自習室やカフェも設けられ、夜九時まで利用できる。"]),
    "gbk": ("gbk", "meta", "zh", "北京新地铁线路正式开通运营",
            ["北京地铁新线路于周六正式开通运营，全长约二十公里，共设车站十五座，连接城市东部和北部地区。",
             "市交通委员会表示，新线路开通后将大大缓解沿线地区的交通压力，方便市民出行。",
             "开通首日，许多市民专程前来乘坐，体验新线路的便捷服务。"]),
    "gb18030": ("gb18030", "meta", "zh", "上海举办国际电影节吸引众多观众",
                ["第二十六届上海国际电影节于周五开幕，来自世界各地的四百多部影片将在十天内与观众见面。",
                 "组委会介绍，本届电影节共收到报名影片三千多部，创历史新高。",
                 "开幕式上，多位中外知名导演和演员走上红毯，吸引了大批影迷。"]),
    "big5": ("big5", "meta", "zh-TW", "台北舉辦國際書展吸引大批讀者",
             ["台北國際書展於週二開幕，來自三十多個國家的出版社參展，展期六天，預計吸引五十萬人次參觀。",
              "主辦單位表示，今年特別設立兒童閱讀區，希望鼓勵更多家庭一起閱讀。",
              "許多讀者一早就在會場外排隊，希望買到限量版的新書。"]),
    "euc_kr": ("euc_kr", "meta", "ko", "서울 한강공원에 새 자전거 도로 개통",
               ["서울시는 한강공원을 따라 이어지는 새 자전거 도로를 토요일에 개통했다고 밝혔다. 총 길이는 약 십이 킬로미터다.",
                "시 관계자는 출퇴근 시간에 자전거를 이용하는 시민들이 더 안전하게 달릴 수 있을 것이라고 말했다.",
                "개통 첫날 수천 명의 시민이 새 도로를 이용했다."]),
    "utf16le_bom": ("utf-16-le", "bom", "en", "City council approves new harbour plan",
                    ["The city council approved the new harbour plan on Tuesday after a debate that lasted more than six hours.",
                     "The plan includes a ferry terminal, a public beach and four hundred new homes on the former shipyard.",
                     "Construction is expected to begin next spring and to take about five years."]),
    "utf16be_bom": ("utf-16-be", "bom", "de", "Neue Fähre verbindet Kiel und Göteborg",
                    ["Eine neue Fährverbindung zwischen Kiel und Göteborg hat am Montag den Betrieb aufgenommen, teilte die Reederei mit.",
                     "Die Überfahrt dauert vierzehn Stunden; das Schiff bietet Platz für neunhundert Passagiere und dreihundert Autos.",
                     "Die Reederei rechnet im ersten Jahr mit mehr als zweihunderttausend Fahrgästen."]),
    "wrong_declared_utf8": ("cp1252", "meta-utf8", "de", "Bürgerbüro öffnet künftig auch samstags",
                            ["Das Bürgerbüro der Stadt öffnet ab März auch samstags von neun bis dreizehn Uhr, teilte die Verwaltung mit.",
                             "„Viele Berufstätige schaffen es unter der Woche nicht“, sagte die Leiterin des Büros am Donnerstag.",
                             "Termine können weiterhin online oder telefonisch vereinbart werden."]),
}

CHARSET_LABEL = {"utf-8": "utf-8", "latin-1": "iso-8859-1", "iso8859-2": "iso-8859-2", "iso8859-15": "iso-8859-15",
                 "koi8-r": "koi8-r", "cp1251": "windows-1251", "shift_jis": "shift_jis", "euc_jp": "euc-jp",
                 "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "euc_kr": "euc-kr"}


def page(codec, style, lang, title, paras):
    decl = ""
    if style == "meta":
        decl = f'<meta charset="{CHARSET_LABEL[codec]}">\n'
    elif style == "http-equiv":
        decl = f'<meta http-equiv="Content-Type" content="text/html; charset={CHARSET_LABEL[codec]}">\n'
    elif style == "meta-utf8":
        decl = '<meta charset="utf-8">\n'
    html = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{decl}<title>{title}</title>\n</head>\n<body>\n'
            f'<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>\n'
            f'<article>\n<h1>{title}</h1>\n' + "".join(f"<p>{p}</p>\n" for p in paras) + "</article>\n</body>\n</html>\n")
    if style == "bom":
        bom = "\ufeff"
        return (bom + html).encode(codec)
    return html.encode(codec)


def main():
    for name, (codec, style, lang, title, paras) in PAGES.items():
        d = os.path.join(ROOT, "tests", "golden", "encoding_" + name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "case.html"), "wb") as f:
            f.write(page(codec, style, lang, title, paras))
        exp = {"title": title, "text_has": paras, "text_lacks": ["Home"]}
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(PAGES)} cases")


if __name__ == "__main__":
    main()
