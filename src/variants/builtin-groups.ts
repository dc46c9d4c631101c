/**
 * Built-in conversion groups for `{{NoteTA|G1=…}}` when the dump's `Module:CGroup/*` pages are not
 * available. Short lists of the terms that differ by region and that the base table deliberately
 * leaves alone (they are ambiguous outside their field). Written for Wikimark, not copied.
 *
 * One entry per line: `mainland taiwan [hongkong]` (Hong Kong defaults to the Taiwan form).
 */

const IT = `
信息 資訊 資訊
软件 軟體 軟件
硬件 硬體 硬件
网络 網路 網絡
互联网 網際網路 互聯網
局域网 區域網路 區域網絡
数据库 資料庫 數據庫
服务器 伺服器
程序设计 程式設計
程序员 程式設計師 程式員
程序 程式
源代码 原始碼
代码 程式碼 代碼
数组 陣列
对象 物件
接口 介面
内存 記憶體
硬盘 硬碟
光盘 光碟
鼠标 滑鼠
打印机 印表機 打印機
字节 位元組
比特 位元
字符串 字串
字符 字元
文件夹 資料夾
默认 預設
操作系统 作業系統
线程 執行緒 線程
进程 行程
变量 變數
指针 指標
调用 呼叫
模块 模組
算法 演算法
用户 使用者 用戶
登录 登入
宽带 寬頻
芯片 晶片
集成电路 積體電路 集成電路
移动电话 行動電話 流動電話
短信 簡訊 短訊
笔记本电脑 筆記型電腦 手提電腦
博客 部落格 網誌
在线 線上 在線
兼容 相容 兼容
优化 最佳化 優化
`;

const MATH = `
函数 函數
概率 機率 概率
方差 變異數 方差
随机变量 隨機變數 隨機變量
正态分布 常態分布 正態分佈
素数 質數
坐标 座標
递归 遞迴 遞歸
最大公约数 最大公因數
约数 因數
矢量 向量
变量 變數 變量
`;

const PHYSICS = `
激光 雷射 激光
等离子体 電漿 等離子體
晶体管 電晶體 晶體管
二极管 二極體 二極管
纳米 奈米 納米
核聚变 核融合 核聚變
核裂变 核分裂 核裂變
`;

const CHEMISTRY = `
硅 矽
砹 砈 砹
镎 錼 鎿
锝 鎝 鍀
氨基酸 胺基酸 氨基酸
纳米 奈米 納米
碳纳米管 奈米碳管 碳納米管
元素周期表 元素週期表 元素周期表
`;

const COUNTRY = `
新西兰 紐西蘭 新西蘭
意大利 義大利 意大利
悉尼 雪梨 悉尼
布里斯班 布里斯本 布里斯班
珀斯 伯斯 珀斯
旧金山 舊金山 三藩市
沙特阿拉伯 沙烏地阿拉伯 沙地阿拉伯
肯尼亚 肯亞 肯尼亞
尼日利亚 奈及利亞 尼日利亞
坦桑尼亚 坦尚尼亞 坦桑尼亞
贝宁 貝南 貝寧
博茨瓦纳 波札那 博茨瓦納
布基纳法索 布吉納法索 布基納法索
佛得角 維德角 佛得角
科特迪瓦 象牙海岸 科特迪瓦
乍得 查德 乍得
津巴布韦 辛巴威 津巴布韋
赞比亚 尚比亞 贊比亞
莫桑比克 莫三比克 莫桑比克
马拉维 馬拉威 馬拉維
毛里求斯 模里西斯 毛里裘斯
毛里塔尼亚 茅利塔尼亞 毛里塔尼亞
塞舌尔 塞席爾 塞舌爾
索马里 索馬利亞 索馬里
冈比亚 甘比亞 岡比亞
加纳 迦納 加納
卢旺达 盧安達 盧旺達
布隆迪 蒲隆地 布隆迪
利比里亚 賴比瑞亞 利比里亞
塞拉利昂 獅子山 塞拉利昂
埃塞俄比亚 衣索比亞 埃塞俄比亞
厄立特里亚 厄利垂亞 厄立特里亞
吉布提 吉布地 吉布提
突尼斯 突尼西亞 突尼西亞
马里 馬利 馬里
尼日尔 尼日 尼日爾
加蓬 加彭 加蓬
莱索托 賴索托 萊索托
科摩罗 葛摩 科摩羅
几内亚比绍 幾內亞比索 幾內亞比紹
危地马拉 瓜地馬拉 危地馬拉
洪都拉斯 宏都拉斯 洪都拉斯
哥斯达黎加 哥斯大黎加 哥斯達黎加
特立尼达和多巴哥 千里達及托巴哥 特立尼達和多巴哥
圭亚那 蓋亞那 圭亞那
苏里南 蘇利南 蘇里南
伯利兹 貝里斯 伯利茲
巴巴多斯 巴貝多 巴巴多斯
格林纳达 格瑞那達 格林納達
厄瓜多尔 厄瓜多 厄瓜多爾
也门 葉門 也門
卡塔尔 卡達 卡塔爾
格鲁吉亚 喬治亞 格魯吉亞
阿塞拜疆 亞塞拜然 阿塞拜疆
吉尔吉斯斯坦 吉爾吉斯 吉爾吉斯
塔吉克斯坦 塔吉克 塔吉克
土库曼斯坦 土庫曼 土庫曼
乌兹别克斯坦 烏茲別克 烏茲別克
哈萨克斯坦 哈薩克 哈薩克
老挝 寮國 老撾
文莱 汶萊
马尔代夫 馬爾地夫 馬爾代夫
孟加拉国 孟加拉 孟加拉
朝鲜 北韓
克罗地亚 克羅埃西亞 克羅地亞
斯洛文尼亚 斯洛維尼亞 斯洛文尼亞
波斯尼亚和黑塞哥维那 波士尼亞與赫塞哥維納 波斯尼亞和黑塞哥維那
黑山 蒙特內哥羅 黑山
塞浦路斯 賽普勒斯 塞浦路斯
马耳他 馬爾他 馬耳他
列支敦士登 列支敦斯登 列支敦士登
圣马力诺 聖馬利諾 聖馬力諾
汤加 東加 湯加
瑙鲁 諾魯 瑙魯
图瓦卢 吐瓦魯 圖瓦盧
瓦努阿图 萬那杜 瓦努阿圖
所罗门群岛 索羅門群島 所羅門群島
巴布亚新几内亚 巴布亞紐幾內亞 巴布亞新畿內亞
帕劳 帛琉 帕勞
`;

const GROUPS: Record<string, string> = { IT, Math: MATH, Physics: PHYSICS, Chemistry: CHEMISTRY, Country: COUNTRY };

/** Names editors use for the same groups. */
const ALIASES: Record<string, string> = {
  it: 'IT',
  computer: 'IT',
  電腦: 'IT',
  电脑: 'IT',
  math: 'Math',
  mathematics: 'Math',
  数学: 'Math',
  數學: 'Math',
  physics: 'Physics',
  物理: 'Physics',
  物理學: 'Physics',
  物理学: 'Physics',
  chemistry: 'Chemistry',
  化学: 'Chemistry',
  化學: 'Chemistry',
  country: 'Country',
  countryname: 'Country',
  'country name': 'Country',
  国家: 'Country',
  國家: 'Country',
  地名: 'Country',
};

/** Rules (`zh-cn:…; zh-tw:…; zh-hk:…;`) of a built-in group, or null when the group is not built in. */
export function builtinGroupRules(name: string): string[] | null {
  const key = GROUPS[name] !== undefined ? name : ALIASES[name.trim().toLowerCase()];
  const list = key === undefined ? undefined : GROUPS[key];
  if (list === undefined) return null;
  const rules: string[] = [];
  for (const line of list.split('\n')) {
    const [cn, tw, hk] = line.trim().split(/\s+/);
    if (!cn || !tw) continue;
    rules.push(`zh-cn:${cn}; zh-tw:${tw}; zh-hk:${hk ?? tw};`);
  }
  return rules;
}

/** Names of the built-in groups (for docs and tests). */
export const BUILTIN_GROUPS: readonly string[] = Object.keys(GROUPS);
