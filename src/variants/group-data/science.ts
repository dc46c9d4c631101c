/**
 * Built-in conversion groups: computing and the sciences. Written for Wikimark from general knowledge of the terms,
 * not copied from zh.wikipedia's group pages. One entry per line: `mainland taiwan [hongkong]`
 * (Hong Kong defaults to the Taiwan form), or a whole rule (`zh-cn:…; zh-tw:…;`).
 */

export const IT = `
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

export const MATH = `
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

export const PHYSICS = `
激光 雷射 激光
等离子体 電漿 等離子體
晶体管 電晶體 晶體管
二极管 二極體 二極管
纳米 奈米 納米
核聚变 核融合 核聚變
核裂变 核分裂 核裂變
`;

export const CHEMISTRY = `
硅 矽
砹 砈 砹
镎 錼 鎿
锝 鎝 鍀
氨基酸 胺基酸 氨基酸
纳米 奈米 納米
碳纳米管 奈米碳管 碳納米管
元素周期表 元素週期表 元素周期表
`;

export const MEDICINE = `
艾滋病 愛滋病 愛滋病
脱氧核糖核酸 去氧核糖核酸 脫氧核糖核酸
阿司匹林 阿斯匹靈 阿士匹靈
维生素 維生素 維他命
帕金森病 帕金森氏症 柏金遜症
阿尔茨海默病 阿茲海默症 阿茲海默症
心肌梗死 心肌梗塞 心肌梗塞
转基因 基因改造 基因改造
乳腺癌 乳癌 乳癌
前列腺 攝護腺 前列腺
`;
