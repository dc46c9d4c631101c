/**
 * Which special pages exist, for `{{#ifexist:Special:…}}`. ParserFunctions answers it without the
 * database: SpecialPageFactory::exists takes the part before any `/` (`Contributions/Foo` →
 * `Contributions`), case-folds it, turns spaces into `_`, and looks it up among the aliases of
 * the pages registered on the wiki — every page's canonical name, the English aliases, and the
 * content language's own.
 *
 * The list here: MediaWiki core's pages (SpecialPageFactory's CORE_LIST, plus the pages a
 * Wikipedia's settings switch on: Search, Confirmemail, Invalidateemail, ChangeEmail), the English
 * aliases of MessagesEn.php, and the zh (zh-hans) and ja aliases of the most used pages. Left out:
 * pages that extensions add (CentralAuth, AbuseLog, CiteThisPage, …), whose names vary with a
 * wiki's extensions, and the Ukrainian aliases; for those `#ifexist` still answers false.
 */

const CORE = [
  'BrokenRedirects', 'Deadendpages', 'DoubleRedirects', 'Longpages', 'Ancientpages', 'Lonelypages',
  'Fewestrevisions', 'Withoutinterwiki', 'Protectedpages', 'Protectedtitles', 'Shortpages',
  'Uncategorizedcategories', 'Uncategorizedimages', 'Uncategorizedpages', 'Uncategorizedtemplates',
  'Unusedcategories', 'Unusedimages', 'Unusedtemplates', 'Unwatchedpages', 'Wantedcategories',
  'Wantedfiles', 'Wantedpages', 'Wantedtemplates',
  'Allpages', 'Prefixindex', 'Categories', 'Listredirects', 'PagesWithProp', 'TrackingCategories',
  'Userlogin', 'Userlogout', 'CreateAccount', 'LinkAccounts', 'UnlinkAccounts', 'ChangeCredentials',
  'RemoveCredentials', 'AuthenticationPopupSuccess',
  'Activeusers', 'Block', 'Unblock', 'BlockList', 'AutoblockList', 'ChangePassword', 'BotPasswords',
  'PasswordReset', 'DeletedContributions', 'Preferences', 'ResetTokens', 'Contributions',
  'Listgrouprights', 'Listgrants', 'Listusers', 'Listadmins', 'Listbots', 'Userrights',
  'EditWatchlist', 'PasswordPolicies',
  'Newimages', 'Log', 'Watchlist', 'Newpages', 'Recentchanges', 'Recentchangeslinked', 'Tags',
  'Listfiles', 'Filepath', 'MediaStatistics', 'MIMEsearch', 'FileDuplicateSearch', 'Upload',
  'UploadStash', 'ListDuplicatedFiles',
  'ApiSandbox', 'RestSandbox', 'Statistics', 'Allmessages', 'Version', 'Lockdb', 'Unlockdb', 'NamespaceInfo',
  'LinkSearch', 'Randompage', 'RandomInCategory', 'Randomredirect', 'Randomrootpage', 'GoToInterwiki',
  'Mostlinkedcategories', 'Mostimages', 'Mostinterwikis', 'Mostlinked', 'Mostlinkedtemplates',
  'Mostcategories', 'Mostrevisions',
  'ComparePages', 'Export', 'Import', 'Undelete', 'Whatlinkshere', 'MergeHistory', 'ExpandTemplates',
  'ChangeContentModel', 'Booksources',
  'ApiHelp', 'Blankpage', 'DeletePage', 'Diff', 'EditPage', 'EditTags', 'Emailuser', 'Movepage',
  'Mycontributions', 'MyLanguage', 'Mylog', 'Mypage', 'Mytalk', 'PageHistory', 'PageInfo', 'ProtectPage',
  'Purge', 'Myuploads', 'AllMyUploads', 'NewSection', 'PermanentLink', 'Redirect', 'Renameuser',
  'Revisiondelete', 'RunJobs', 'Specialpages', 'PageData', 'Contribute', 'TalkPage',
  // Switched on by Wikipedia's settings ($wgDisableInternalSearch off, e-mail on, and
  // $wgEnableSpecialMute, true on Wikimedia's wikis but eswiki's).
  'Search', 'Mute', 'Confirmemail', 'Invalidateemail', 'ChangeEmail',
];

/** Aliases that differ from the canonical name by more than letter case (English, MessagesEn.php). */
const ENGLISH = [
  'AllMyFiles', 'ListAutoblocks', 'BlockIP', 'BlockUser', 'ListBlocks', 'IPBlockList', 'ResetPass',
  'ResetPassword', 'Contribs', 'DeletedContribs', 'Delete', 'Edit', 'Email', 'ListFileDuplicates',
  'FileList', 'ImageList', 'UserGroupRights', 'UserList', 'Users', 'Logs', 'OrphanedPages',
  'MostLinkedFiles', 'MostFiles', 'MostLinkedPages', 'MostUsedCategories', 'MostTranscludedPages',
  'MostUsedTemplates', 'MyContribs', 'MyFiles', 'NewFiles', 'History', 'Info', 'PagesByProp',
  'PermaLink', 'Protect', 'Random', 'RelatedChanges', 'Stats', 'UncategorizedFiles', 'UnusedFiles',
  'Login', 'Logout', 'MakeSysop', 'MakeBot', 'Versions', 'BrokenLinks',
];

/** Local aliases of the pages templates most often name (MessagesZh_hans.php, MessagesJa.php). */
const LOCAL: Readonly<Record<string, readonly string[]>> = {
  zh: [
    '随机', '随机页面', '最近更改', '搜索', '用户贡献', '贡献', '链入页面', '特殊页面', '监视列表', '上传文件',
    '日志', '统计', '统计信息', '所有页面', '前缀索引', '页面分类', '最新页面', '新建页面', '用户列表',
    '移动页面', '固定链接', '永久链接', '页面信息', '页面历史', '网络书源', '链接搜索', '导出页面', '导出',
    '我的贡献', '电邮联系', '用户登录', '登录', '创建账户', '参数设置', '版本',
  ],
  ja: [
    'おまかせ表示', '最近の更新', '検索', '投稿記録', 'リンク元', '特別ページ一覧', 'ウォッチリスト',
    'アップロード', 'ログ', '記録', '統計', 'ページ一覧', '全ページ', '前方一致ページ一覧', 'カテゴリ',
    'カテゴリ一覧', '新しいページ', '移動', '固定リンク', '文献資料', '外部リンク検索', 'データ書き出し',
    '自分の投稿記録', 'メール送信', 'ログイン', 'アカウント作成', '個人設定', 'バージョン情報', 'バージョン',
  ],
};

/** The lookup key of a name: case-folded, spaces as `_` (SpecialPageFactory::resolveAlias). */
function key(name: string): string {
  return name.toLowerCase().replace(/ /g, '_');
}

const GLOBAL = new Set([...CORE, ...ENGLISH].map(key));
const BY_LANG = new Map(Object.entries(LOCAL).map(([lang, names]) => [lang, new Set(names.map(key))]));

/** Whether `Special:<name>` exists on a wiki in `lang`: `name` is the title after the namespace. */
export function specialPageExists(name: string, lang: string): boolean {
  const slash = name.indexOf('/');
  const k = key(slash < 0 ? name : name.slice(0, slash));
  if (GLOBAL.has(k)) return true;
  return BY_LANG.get(lang)?.has(k) ?? false;
}
