-- repair.sql: govreport.repair, explain, badness and decode

-- clean text comes back byte for byte
SELECT govreport.repair(E'2012政府工作报告\n\n国务院总理 温家宝\n（一）　“十二五”规划。') =
       E'2012政府工作报告\n\n国务院总理 温家宝\n（一）　“十二五”规划。' AS unchanged;
SELECT govreport.repair('');

-- one kind of damage at a time
SELECT govreport.repair('国务院总理&nbsp;温家宝，全&#22269;各族人民<br>');
SELECT govreport.repair('2012政府工作報(bào)告，第十一屆（jiè）全國guó人民代表大會');
SELECT govreport.repair('中華人民共和(he)(he)國(guo)政(zheng)(zheng)府(fu)(fu)信息公開');
SELECT govreport.repair('常见问题(FAQ)与解答(a)组织领导(2)制度建设');
SELECT govreport.repair('中華人民共和國政府信息公開條例全麵實施，谘詢答複，完善法定製度。');
SELECT govreport.repair('２0１２年增长９．２%，ＧＤＰ（一）　“十二五”');
SELECT govreport.repair(E'概 述\n由北京市滚球体育app_188篮球比分-直播|官网:发展和改革委员会编制。\n评论\n0/150\n提交评论');

-- script: auto keeps a Taiwan text, hans converts it, keep keeps everything
SELECT govreport.repair('行政院資訊公開，立法院審議預算。');
SELECT govreport.repair('行政院資訊公開，立法院審議預算。', script => 'hans');
SELECT govreport.repair('中華人民共和國國務院辦公廳', script => 'keep');
SELECT govreport.repair('中華人民共和國國務院辦公廳', script => 'HANS');

-- step groups and single steps switched off
SELECT govreport.repair('報(bào)告&amp;２０', ruby => false);
SELECT govreport.repair('報(bào)告&amp;２０', entities => false, width => false);
SELECT govreport.repair('報(bào)告&amp;２０', skip => ARRAY['ruby', 'width']);
SELECT govreport.repair(E'文档简介\n报告', boilerplate => false);

-- bad option values
SELECT govreport.repair('报告', script => 'hant');
SELECT govreport.repair('报告', skip => ARRAY['rubies']);
SELECT govreport.repair(NULL);

-- explain: the steps that fire, with one example each
SELECT * FROM govreport.explain('2012政府工作報(bào)告&nbsp;２０１２');
SELECT * FROM govreport.explain('clean text, nothing to do');

-- the seed's head (a document-site copy in traditional script with ruby)
SELECT govreport.repair($seed$
版權(quán)說(shuō)明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請(qǐng)進(jìn)行舉報(bào)或認(rèn)領(lǐng)
文檔簡(jiǎn)介
1、文化局機(jī)制健全工作報(bào)告自2000年5月1日中華人民共和國(guó)政府信息公開條例實(shí)施以來(lái),根據(jù)州政府的統(tǒng)一部署和要求,領(lǐng)導(dǎo)高度重視,建立制度,落實(shí)工作措施,確保政府信息公開有序推進(jìn)。本年報(bào)所列數(shù)據(jù)的統(tǒng)計(jì)截止日期為2006年12月31日。如對(duì)本年報(bào)有任何疑問(wèn),請(qǐng)聯(lián)系文化局政府信息公開領(lǐng)導(dǎo)小組辦公室。一、基本信息我局一貫重視政府信息公開工作,特別是2006年5月1日中華人民共和國(guó)政府信息公開條例(以下簡(jiǎn)稱條例)頒布實(shí)施后,根據(jù)統(tǒng)一部署,加強(qiáng)組織領(lǐng)導(dǎo),完善工作機(jī)制,認(rèn)真落實(shí)條例要求,扎實(shí)推進(jìn)政府信息公開工作。
$seed$);
SELECT step, fixes FROM govreport.explain($seed$
版權(quán)說(shuō)明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請(qǐng)進(jìn)行舉報(bào)或認(rèn)領(lǐng)
文檔簡(jiǎn)介
1、文化局機(jī)制健全工作報(bào)告自2000年5月1日中華人民共和國(guó)政府信息公開條例實(shí)施以來(lái),根據(jù)州政府的統(tǒng)一部署和要求,領(lǐng)導(dǎo)高度重視,建立制度,落實(shí)工作措施,確保政府信息公開有序推進(jìn)。本年報(bào)所列數(shù)據(jù)的統(tǒng)計(jì)截止日期為2006年12月31日。如對(duì)本年報(bào)有任何疑問(wèn),請(qǐng)聯(lián)系文化局政府信息公開領(lǐng)導(dǎo)小組辦公室。一、基本信息我局一貫重視政府信息公開工作,特別是2006年5月1日中華人民共和國(guó)政府信息公開條例(以下簡(jiǎn)稱條例)頒布實(shí)施后,根據(jù)統(tǒng)一部署,加強(qiáng)組織領(lǐng)導(dǎo),完善工作機(jī)制,認(rèn)真落實(shí)條例要求,扎實(shí)推進(jìn)政府信息公開工作。
$seed$);

-- what mirrors dropped: a document number's 〕号, a ruby mirror's date, a filtered phrase
SELECT * FROM govreport.explain(E'國(guó)辦公開辦函〔202130\n辦公室\n2021926\n');
SELECT govreport.repair(E'國(guó)辦公開辦函〔202130\n辦公室\n2021926\n');
SELECT govreport.repair('以习新时代中国特色社会主义思想为指导,深入学习新时代中国特色社会主义思想');
SELECT govreport.repair(E'辦公室\n2021926\n', skip => ARRAY['dropped']);
-- site chrome, link bars, layout residue; a table's own pipes stay
SELECT govreport.repair(E'法搜网--中国法律信息搜索网\n今天是:\n标题 | ||||||||||||||||||||\n|\n正文。\n规章 | 0 | 0 |\n||||||||\n第 [1] [2] 页 共[2]页\n【发表评论】 【互动社区】\n');

-- badness and decode (the encoding work)
SELECT govreport.badness('2012政府工作报告，国务院总理温家宝。') AS clean_badness;
SELECT govreport.decode('\xefbbbfe694bfe5ba9c'::bytea);
SELECT govreport.decode('\xe694bfe5ba9c'::bytea, 'utf-8');
SELECT govreport.decode('\x41'::bytea, 'ebcdic');
