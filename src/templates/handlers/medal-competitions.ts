/**
 * zhwiki's `{{MedalCompetition|…}}`: the names its #switch knows (read; case-sensitive, each
 * spelling listed) → the link it heads the row with. Any other name is printed as written.
 * OLYMPICS, say, is not among them: the template prints it plain.
 */
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['Olympics|Olympiad|olympiad|Olympic|Olympic Games|olympics|olympic|olympic games|Olympic games|Oly|oly|OG|奧林匹克運動會|奧運|奧運會|奥林匹克运动会|奥运|奥运会|og', '奧林匹克運動會'],
  ['Commonwealth Games|commonwealth games|Commonwealth games|Commonwealth|commonwealth|Com|英聯邦運動會|大英國協運動會|英联邦运动会|com', '英聯邦運動會'],
  ['X Games|x games|X games|x|極限運動會|極運|极限运动会|極运X', '極限運動會'],
  ['Goodwill Games|Goodwill games|goodwill games|goodwill|Goodwill|Good|友好運動會|友好运动会|good', '友好運動會'],
  [
    'IAAF World Indoor Championships in Athletics|World Indoor Championships|WIC|wic|Indoor Championships|世界室內田徑錦標賽|世界室内田径锦标赛|'
    + '室内田径世锦赛|室內田徑世錦賽|world indoor championships|indoor championships',
    '世界室內田徑錦標賽',
  ],
  [
    'UEFA Champions League|European Cup|european cup|European cup|Champions League|Euro Cup|EuroCup|euro cup|eurocup|EC|ec|欧洲足球联合会冠军联赛|'
    + '歐洲聯賽冠軍盃|歐洲足球聯合會冠軍聯賽|歐聯|欧联|欧冠|歐冠|歐冠盃|欧冠杯|歐洲冠軍球會盃|欧洲冠军球会杯|歐洲冠軍盃|欧洲冠军杯|UEFA',
    '歐聯',
  ],
  ['Asian Games|Asiad|asiad|Asian games|asian games|AG|亞洲運動會|亞運會|亞運|亚洲运动会|亚运会|亚运|ag', '亞洲運動會'],
  [
    "National Games of the People's Republic of China|National Games of PRC|National Games of the PRC|National Games of China|All China Games|ACG|PRC|"
    + 'acg|prc|NGPRC|中華人民共和國全國運動會|中國全國運動會|全國運動會|全運會|全運|中华人民共和国全国运动会|中国全国运动会|全国运动会|全运会|全运|ngprc',
    '中華人民共和國全國運動會',
  ],
  ['Ski flying World Championships|Ski Flying World Championships|Ski-flying World Championships|Ski-Flying World Championships|SWC|swc|SFWC|sfwc', 'Ski flying World Championships'],
  [
    'IAAF World Half Marathon Championships|World Half Marathon Championships|Half Marathon Championships|HMC|hmc|WHMC|世界半馬拉松錦標賽|半馬拉松世錦賽|'
    + '世界半马拉松锦标赛|半马拉松世锦赛|whmc',
    '世界半馬拉松錦標賽',
  ],
  ['IAAF World Road Running Championships|World Road Running Championships|Road Running Championships|RRC|rrc|WRRC|wrrc', 'IAAF World Road Running Championships|World Road Running Championships'],
  [
    'IAAF World Championships in Athletics|World Championships in Athletics|Championships in Athletics|World Athletics Championships|WAC|世界田徑錦標賽|'
    + '田徑世錦賽|世界田径锦标赛|田径世锦赛|wac',
    '世界田徑錦標賽',
  ],
  ['IAAF World Cross Country Championships|World Cross Country Championships|Cross Country Championships|CCC|ccc|WCCC|wccc', 'IAAF World Cross Country Championships|World Cross Country Championships'],
  [
    'IAAF World Junior Championships in Athletics|World Junior Championships in Athletics|Junior Championships in Athletics|World Junior Championships|'
    + 'JCA|jca|WJCA|wjca|WJC|wjc',
    'IAAF World Junior Championships in Athletics|World Junior Championships in Athletics',
  ],
  [
    'IAAF World Youth Championships in Athletics|World Youth Championships in Athletics|Youth Championships in Athletics|World Youth Championships|'
    + 'YCA|yca|WYCA|wyca|WYC|wyc',
    'IAAF World Youth Championships in Athletics|World Youth Championships in Athletics',
  ],
  ['IAAF World Race Walking Cup|World Race Walking Cup|Race Walking Cup|RWC|rwc|WRWC|wrwc', 'IAAF World Race Walking Cup|World Race Walking Cup'],
  ['IAAF World Cup in Athletics|World Cup in Athletics|WCA|wca|Athletics World Cup', 'IAAF World Cup in Athletics|World Cup in Athletics'],
  ['IAAF Golden League|Golden League|golden league|GL|gl', 'IAAF Golden League|Golden League'],
  ['IAAF World Athletics Final|World Athletics Final|Athletics Final|waf|af|WAF|AF', 'IAAF World Athletics Final|World Athletics Final'],
  ['IAAF Grand Prix Final|Grand Prix Final|GPF|gpf', 'IAAF Grand Prix Final|Grand Prix Final'],
  ['Paralympic Games|paralympic games|Paralympic games|Paralympics|paralympics|Paralympic|paralympic|PG|pg|PAR|par', 'Paralympic Games'],
];

const BY_NAME = new Map<string, string>();
for (const [names, link] of GROUPS) for (const n of names.split('|')) BY_NAME.set(n, link);

/** The competition's link target and text (`[target, shown]`), or null for a name the switch does not know. */
export function medalCompetition(name: string): readonly [string, string] | null {
  const link = BY_NAME.get(name.trim());
  if (!link) return null;
  const bar = link.indexOf('|');
  return bar < 0 ? [link, link] : [link.slice(0, bar), link.slice(bar + 1)];
}
