/**
 * The national football teams zhwiki's `{{Football player national team statistics|CODE}}` names
 * (its #switch, read: FIFA code → the team's article, "<country>國家足球隊"). Each entry is the code
 * followed by the country's name as the template spells it. LES is the template's own
 * "萊索托家足球隊" (one character short), kept as it links. Any other code falls to the switch's
 * default, `[[CODE|CODE國家足球隊]]`.
 */
const TEAMS =
  'AFG阿富汗 AIA安圭拉 ALB阿爾巴尼亞 ALG阿爾及利亞 AND安道爾 ANG安哥拉 ANT荷屬安的列斯 ARG阿根廷 ARM亞美尼亞 ARU阿魯巴 ASA美屬薩摩亞 ATG安提瓜和巴布達 AUS澳洲 AUT奧地利 ' +
  'AZE阿塞拜疆 BAH巴哈馬 BAN孟加拉 BDI布隆迪 BEL比利時 BEN貝寧 BER百慕大群島 BFA布基納法索 BHR巴林 BHU不丹 BIH波斯尼亞和黑塞哥維那 BLR白俄羅斯 BLZ伯利兹 BOL玻利維亞 ' +
  'BOT博茨瓦纳 BRA巴西 BRB巴巴多斯 BRU汶萊 BUL保加利亞 CAM柬埔寨 CAN加拿大 CAY開曼群島 CGO剛果 CHA乍得 CHI智利 CHN中國 CIV科特迪瓦 CMR喀麥隆 COD剛果民主共和國 ' +
  'COK庫克群島 COL哥倫比亞 COM科摩羅 CPV佛得角 CRC哥斯達黎加 CRO克羅地亞 CTA中非共和國 CUB古巴 CYP塞浦路斯 CZE捷克 DEN丹麥 DJI吉布提 DMA多明尼加國 DOM多明尼加共和國 ' +
  'ECU厄瓜多爾 EGY埃及 ENG英格蘭 EQG赤道畿內亞 ERI厄立特里亞 ESP西班牙 EST愛沙尼亞 ETH埃塞俄比亞 FIJ斐濟 FIN芬蘭 FRA法國 FRO法羅群島 GAB加蓬 GAM岡比亞 GEO格魯吉亞 ' +
  'GER德國 GHA加納 GNB畿內亞比紹 GRE希臘 GRN格林納達 GUA危地馬拉 GUI畿內亞 GUM關島 GUY圭亞那 HAI海地 HKG香港 HON洪都拉斯 HUN匈牙利 IDN印尼 IND印度 IRL愛爾蘭 ' +
  'IRN伊朗 IRQ伊拉克 ISL冰島 ISR以色列 ITA意大利 JAM牙買加 JPN日本 JOR約旦 KAZ哈薩克 KEN肯亞 KGZ吉爾吉斯 KOR韓國 KSA沙特阿拉伯 KUW科威特 LAO老撾 LBR利比里亞 ' +
  'LBY利比亞 LCA聖盧西亞 LIB黎巴嫩 LIE列支敦士登 LTU立陶宛 LUX盧森堡 LVA拉脫維亞 MAC澳門 MAD馬達加斯加 MAR摩洛哥 MAS馬來西亞 MDA摩爾多瓦 MDV馬爾代夫 MEX墨西哥 ' +
  'MGL蒙古 MKD馬其頓 MLI馬里 MLT馬爾他 MNE黑山 MOZ莫桑比克 MRI毛里求斯 MSR蒙特塞拉特 MTN毛里塔尼亞 MWI馬拉維 MYA緬甸 NAM納米比亞 NCA尼加拉瓜 NCL新喀里多尼亞 NED荷蘭 ' +
  'NEP尼泊爾 NGA尼日利亞 NIG尼日爾 NIR北愛爾蘭 NOR挪威 NZL紐西蘭 OMA阿曼 PAK巴基斯坦 PAN巴拿馬 PAR巴拉圭 PER秘魯 PHI菲律賓 PLE巴勒斯坦 PNG巴布亞新畿內亞 POL波蘭 ' +
  'POR葡萄牙 PRK北韓 PUR波多黎各 QAT卡塔爾 ROU羅馬尼亞 RSA南非 RUS俄羅斯 RWA盧旺達 SAM薩摩亞 SCO蘇格蘭 SEN塞內加爾 SEY塞舌爾 SIN新加坡 SKN聖基茨和尼維斯 SLE塞拉利昂 ' +
  'SLV薩爾瓦多 SMR聖馬力諾 SOL所羅門群島 SOM索馬里 SRB塞爾維亞 SRI斯里蘭卡 STP聖多美和普林西比 SUD蘇丹 SUI瑞士 SUR蘇利南 SVK斯洛伐克 SVN斯洛文尼亞 SWE瑞典 SWZ斯威士蘭 ' +
  'SYR敘利亞 TAH塔希提 TAN坦桑尼亞 TCA特克斯和凱科斯群島 TGA湯加 THA泰國 TJK塔吉克 TKM土庫曼 TLS東帝汶 TOG多哥 TPE中華台北 TRI千里達及托巴哥 TUN突尼西亞 TUR土耳其 ' +
  'UAE阿聯酋 UGA烏干達 UKR烏克蘭 URS蘇聯 URU烏拉圭 USA美國 UZB烏茲別克 VAN瓦努阿圖 VEN委內瑞拉 VGB英屬維爾京群島 VIE越南 VIN聖文森特和格林納丁斯 VIR美屬維爾京群島 ' +
  'WAL威爾斯 YEM也門 ZAM贊比亞 ZIM津巴布韋';

/** The #switch cases, `|AFG=[[阿富汗國家足球隊]]` …, for the template's built-in body. */
export function footballTeamCases(): string {
  const cases = TEAMS.split(' ').map((e) => `|${e.slice(0, 3)}=[[${e.slice(3)}國家足球隊]]`);
  return cases.join('') + '|LES=[[萊索托家足球隊]]';
}
