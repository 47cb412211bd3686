#include "demodata.h"

namespace Patron::DemoData {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out << u8(s);
    return out;
}

// "恒heng 瑞rui …": hanzi followed by pinyin, separated by spaces; optional ":weight".
QList<Syllable> syllables(const char *text)
{
    QList<Syllable> out;
    const QStringList parts = u8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        Syllable s;
        QString body = p;
        const qsizetype colon = p.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            s.weight = p.mid(colon + 1).toDouble();
            body = p.left(colon);
        }
        qsizetype i = 0;
        while (i < body.size() && body.at(i).unicode() > 0x7F)
            ++i;
        s.hanzi = body.left(i);
        s.pinyin = body.mid(i);
        out << s;
    }
    return out;
}

struct ProvinceRow
{
    const char *province;
    const char *shortName;
    double weight;
    const char *cities; // "苏州:0512:3 无锡:0510:2" name:areaCode:relative weight
};

// Weights follow the rough distribution of private SMEs: the coast and the big
// municipalities dominate, the west is thin.
const ProvinceRow kProvinces[] = {
    {"北京市", "北京", 8, "北京:010:1"},
    {"天津市", "天津", 3, "天津:022:1"},
    {"上海市", "上海", 9, "上海:021:1"},
    {"重庆市", "重庆", 3, "重庆:023:1"},
    {"河北省", "河北", 4, "石家庄:0311:3 唐山:0315:2 保定:0312:2 廊坊:0316:1.5 邯郸:0310:1"},
    {"山西省", "山西", 2, "太原:0351:3 大同:0352:1 运城:0359:1"},
    {"内蒙古自治区", "内蒙古", 1.5, "呼和浩特:0471:2 包头:0472:1.5 鄂尔多斯:0477:1"},
    {"辽宁省", "辽宁", 3, "沈阳:024:3 大连:0411:3 鞍山:0412:1"},
    {"吉林省", "吉林", 1.5, "长春:0431:3 吉林:0432:1"},
    {"黑龙江省", "黑龙江", 1.5, "哈尔滨:0451:3 大庆:0459:1 齐齐哈尔:0452:1"},
    {"江苏省", "江苏", 10, "南京:025:3 苏州:0512:4 无锡:0510:2.5 常州:0519:2 南通:0513:1.5 徐州:0516:1.2 扬州:0514:1"},
    {"浙江省", "浙江", 9, "杭州:0571:4 宁波:0574:3 温州:0577:2 嘉兴:0573:1.2 绍兴:0575:1.2 金华:0579:1.5 台州:0576:1.2"},
    {"安徽省", "安徽", 3, "合肥:0551:3 芜湖:0553:1 蚌埠:0552:0.7"},
    {"福建省", "福建", 4, "福州:0591:2.5 厦门:0592:2.5 泉州:0595:2.5 漳州:0596:1"},
    {"江西省", "江西", 2, "南昌:0791:3 赣州:0797:1 九江:0792:1"},
    {"山东省", "山东", 7, "济南:0531:3 青岛:0532:3.5 烟台:0535:1.5 潍坊:0536:1.5 临沂:0539:1.5 淄博:0533:1"},
    {"河南省", "河南", 4, "郑州:0371:4 洛阳:0379:1.5 新乡:0373:1 南阳:0377:1"},
    {"湖北省", "湖北", 4, "武汉:027:5 宜昌:0717:1 襄阳:0710:1"},
    {"湖南省", "湖南", 3.5, "长沙:0731:4 株洲:0731:1 岳阳:0730:1 衡阳:0734:1"},
    {"广东省", "广东", 14, "广州:020:5 深圳:0755:6 东莞:0769:3 佛山:0757:3 珠海:0756:1.2 中山:0760:1.2 惠州:0752:1.2 汕头:0754:1"},
    {"广西壮族自治区", "广西", 2, "南宁:0771:3 柳州:0772:1.2 桂林:0773:1"},
    {"海南省", "海南", 1, "海口:0898:2 三亚:0898:1"},
    {"四川省", "四川", 4.5, "成都:028:6 绵阳:0816:1 宜宾:0831:0.8"},
    {"贵州省", "贵州", 1.5, "贵阳:0851:3 遵义:0851:1"},
    {"云南省", "云南", 2, "昆明:0871:4 曲靖:0874:1 大理:0872:0.8"},
    {"西藏自治区", "西藏", 0.2, "拉萨:0891:1"},
    {"陕西省", "陕西", 3, "西安:029:5 咸阳:029:1 宝鸡:0917:0.8"},
    {"甘肃省", "甘肃", 1, "兰州:0931:3 天水:0938:0.7"},
    {"青海省", "青海", 0.3, "西宁:0971:1"},
    {"宁夏回族自治区", "宁夏", 0.4, "银川:0951:1"},
    {"新疆维吾尔自治区", "新疆", 1, "乌鲁木齐:0991:3 克拉玛依:0990:0.6"},
};

QList<Weighted> weighted(std::initializer_list<std::pair<const char *, double>> items)
{
    QList<Weighted> out;
    for (const auto &[text, w] : items)
        out << Weighted{u8(text), w};
    return out;
}

} // namespace

const QList<City> &cities()
{
    static const QList<City> all = [] {
        QList<City> out;
        for (const ProvinceRow &p : kProvinces) {
            const QStringList entries = u8(p.cities).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            double sum = 0;
            for (const QString &e : entries)
                sum += e.section(QLatin1Char(':'), 2, 2).toDouble();
            for (const QString &e : entries) {
                City c;
                c.province = u8(p.province);
                c.provinceShort = u8(p.shortName);
                c.shortName = e.section(QLatin1Char(':'), 0, 0);
                c.name = c.shortName + QStringLiteral("市");
                c.areaCode = e.section(QLatin1Char(':'), 1, 1);
                c.weight = p.weight * e.section(QLatin1Char(':'), 2, 2).toDouble() / sum;
                out << c;
            }
        }
        return out;
    }();
    return all;
}

const QList<Syllable> &surnames()
{
    // Weights approximate the national frequency of the most common surnames.
    static const QList<Syllable> all = syllables(
        "王wang:7.1 李li:7.0 张zhang:6.7 刘liu:5.4 陈chen:4.5 杨yang:3.1 黄huang:2.2 赵zhao:2.0 "
        "吴wu:1.9 周zhou:1.9 徐xu:1.3 孙sun:1.3 马ma:1.2 朱zhu:1.2 胡hu:1.1 郭guo:1.1 何he:0.9 "
        "高gao:0.9 林lin:0.9 罗luo:0.9 郑zheng:0.8 梁liang:0.8 谢xie:0.6 宋song:0.6 唐tang:0.6 "
        "许xu:0.5 韩han:0.5 冯feng:0.5 邓deng:0.5 曹cao:0.5 彭peng:0.5 曾zeng:0.5 肖xiao:0.4 "
        "田tian:0.4 董dong:0.4 袁yuan:0.4 潘pan:0.4 于yu:0.4 蒋jiang:0.4 蔡cai:0.4 余yu:0.4 "
        "杜du:0.4 叶ye:0.4 程cheng:0.4 苏su:0.3 魏wei:0.3 吕lv:0.3 丁ding:0.3 任ren:0.3 沈shen:0.3 "
        "姚yao:0.3 卢lu:0.3 姜jiang:0.3 崔cui:0.3 钟zhong:0.3 谭tan:0.3 陆lu:0.3 汪wang:0.3 "
        "范fan:0.3 金jin:0.3 石shi:0.3 廖liao:0.3 贾jia:0.3 夏xia:0.2 韦wei:0.2 付fu:0.2 方fang:0.2 "
        "白bai:0.2 邹zou:0.2 孟meng:0.2 熊xiong:0.2 秦qin:0.2 邱qiu:0.2 江jiang:0.2 尹yin:0.2 "
        "薛xue:0.2 闫yan:0.2 段duan:0.2 雷lei:0.2 侯hou:0.2 龙long:0.2 史shi:0.2 陶tao:0.2 "
        "黎li:0.2 贺he:0.2 顾gu:0.2 毛mao:0.2 郝hao:0.2 龚gong:0.2 邵shao:0.2 万wan:0.2 钱qian:0.2 "
        "严yan:0.2 覃qin:0.1 武wu:0.2 戴dai:0.2 莫mo:0.1 孔kong:0.1 向xiang:0.1 汤tang:0.1 "
        "欧阳ouyang:0.05 司马sima:0.02 诸葛zhuge:0.01");
    return all;
}

const QList<Syllable> &givenNameChars()
{
    static const QList<Syllable> all = syllables(
        "伟wei 芳fang 娜na 秀xiu 英ying 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan "
        "杰jie 娟juan 涛tao 明ming 超chao 霞xia 平ping 刚gang 桂gui 文wen 辉hui 鑫xin 宇yu 浩hao "
        "婷ting 雪xue 琳lin 晨chen 欣xin 怡yi 佳jia 子zi 涵han 轩xuan 梓zi 睿rui 博bo 思si 雨yu "
        "萱xuan 俊jun 建jian 华hua 国guo 志zhi 海hai 红hong 玉yu 春chun 晓xiao 东dong 峰feng "
        "波bo 斌bin 鹏peng 飞fei 龙long 凯kai 亮liang 成cheng 云yun 小xiao 美mei 慧hui 倩qian "
        "颖ying 玲ling 燕yan 萍ping 丹dan 阳yang 健jian 林lin 瑶yao 嘉jia 诗shi 振zhen 永yong "
        "金jin 荣rong 新xin 德de 兰lan 凤feng 梅mei 琴qin 莉li 蕾lei 然ran 一yi 泽ze 昊hao");
    return all;
}

const QList<Syllable> &brandChars()
{
    static const QList<Syllable> all = syllables(
        "恒heng 瑞rui 华hua 联lian 鑫xin 达da 宏hong 图tu 金jin 盛sheng 东dong 方fang 新xin "
        "源yuan 中zhong 天tian 泰tai 和he 嘉jia 信xin 德de 昌chang 隆long 兴xing 明ming 辉hui "
        "海hai 博bo 远yuan 安an 康kang 永yong 利li 丰feng 荣rong 创chuang 佳jia 诚cheng 通tong "
        "汇hui 顺shun 广guang 正zheng 益yi 合he 鼎ding 凯kai 弘hong 宇yu 晨chen 光guang 龙long "
        "腾teng 飞fei 科ke 润run 万wan 富fu 鸿hong 锦jin 星xing 汉han 立li 伟wei 佰bai 优you "
        "拓tuo 智zhi 卓zhuo 峰feng 越yue 美mei 君jun 启qi 环huan 宝bao 亿yi 旺wang 祥xiang");
    return all;
}

const QList<Industry> &industries()
{
    static const QList<Industry> all = {
        {u8("制造业"), list({"机械制造", "精密机械", "五金制品", "塑胶制品", "机电设备", "自动化设备"}), 18},
        {u8("批发零售"), list({"贸易", "商贸", "百货", "进出口", "实业"}), 18, true},
        {u8("信息技术"), list({"信息技术", "网络科技", "软件", "电子科技", "数据科技", "智能科技"}), 12, false, true},
        {u8("餐饮"), list({"餐饮管理", "食品", "餐饮服务"}), 8, true},
        {u8("教育培训"), list({"教育科技", "教育咨询", "文化发展"}), 6, false, true},
        {u8("医疗健康"), list({"医疗器械", "生物科技", "健康管理", "医药"}), 6},
        {u8("建筑装饰"), list({"建筑工程", "装饰工程", "建材", "建设"}), 8},
        {u8("物流"), list({"物流", "供应链管理", "国际货运代理", "速运"}), 6},
        {u8("汽车服务"), list({"汽车服务", "汽车配件", "汽车销售服务"}), 4, true},
        {u8("服装纺织"), list({"服饰", "纺织", "制衣"}), 4},
        {u8("农业"), list({"农业科技", "农产品", "生态农业"}), 3, true},
        {u8("文化传媒"), list({"文化传媒", "广告", "影视传媒"}), 3, false, true},
        {u8("化工"), list({"化工", "新材料", "涂料"}), 2},
        {u8("房地产服务"), list({"物业管理", "房地产经纪", "置业"}), 2},
    };
    return all;
}

const QList<Weighted> &companySuffixes()
{
    static const QList<Weighted> all = weighted({{"有限公司", 64}, {"有限责任公司", 14}, {"股份有限公司", 8},
                                                 {"集团有限公司", 2}, {"商行", 4}, {"经营部", 4}, {"工作室", 4}});
    return all;
}

const QList<Weighted> &sources()
{
    static const QList<Weighted> all = weighted({{"转介绍", 18}, {"老客户", 14}, {"展会", 12}, {"官网", 10},
                                                 {"电话营销", 10}, {"百度推广", 8}, {"微信公众号", 8},
                                                 {"抖音", 5}, {"阿里巴巴", 5}, {"地推", 4},
                                                 {"渠道合作伙伴", 4}, {"招投标", 2}});
    return all;
}

const QList<Product> &products()
{
    // What the demo business sells: office and workshop supplies, equipment and services.
    static const QList<Product> all = {
        {u8("A4复印纸（箱）"), 13500},     {u8("激光打印机"), 189900},      {u8("硒鼓"), 36000},
        {u8("办公桌椅套装"), 128000},      {u8("文件柜"), 65000},           {u8("商用净水器"), 299900},
        {u8("工业除湿机"), 459900},        {u8("劳保手套（箱）"), 18800},   {u8("安全帽"), 4500},
        {u8("LED灯管（箱）"), 32000},      {u8("监控摄像头"), 45900},       {u8("网络交换机"), 129900},
        {u8("笔记本电脑"), 549900},        {u8("台式电脑"), 429900},        {u8("投影仪"), 329900},
        {u8("会议平板"), 1299900},         {u8("软件年费"), 680000},        {u8("设备维保服务"), 250000},
        {u8("安装调试服务"), 80000},       {u8("茶叶礼盒"), 39800},         {u8("月饼礼盒"), 26800},
        {u8("保洁用品套装"), 15600},       {u8("叉车配件"), 210000},        {u8("包装纸箱（千个）"), 120000},
        {u8("电动工具套装"), 89900},       {u8("空气净化器"), 259900},      {u8("定制工服"), 16800},
        {u8("企业培训课程"), 1980000},
    };
    return all;
}

const QStringList &roads()
{
    static const QStringList all = list({"人民路", "解放路", "中山路", "建设路", "长江路", "和平路", "文化路",
                                         "新华路", "朝阳路", "胜利路", "科技路", "工业大道", "滨江路",
                                         "世纪大道", "南京路", "高新路", "创业路", "金融街", "湖滨路", "东风路"});
    return all;
}

const QStringList &buildings()
{
    static const QStringList all = list({"大厦", "国际中心", "商务中心", "科技园", "工业园", "广场", "写字楼"});
    return all;
}

const QStringList &contactTitles()
{
    static const QStringList all = list({"总经理", "采购经理", "采购专员", "财务主管", "行政主管", "技术负责人",
                                         "老板", "副总经理", "办公室主任", "店长"});
    return all;
}

const QStringList &personalMailDomains()
{
    static const QStringList all = list({"qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                                         "outlook.com", "aliyun.com"});
    return all;
}

const QStringList &customerNotes()
{
    static const QStringList all = list({"对价格敏感，偏好月结", "年底集中采购", "需要开具增值税专用发票",
                                         "关注交期，要求准时送货", "老板直接决策", "多次比价，注意竞品报价",
                                         "付款及时，信用良好", "仅工作日收货", "希望签订年度框架协议",
                                         "由前任负责人移交"});
    return all;
}

const QStringList &orderNotes()
{
    static const QStringList all = list({"加急发货", "开专票", "分批送货", "客户自提", "含安装", "月结30天"});
    return all;
}

const QStringList &activitySubjects(const QString &kind)
{
    static const QStringList calls = list({"电话回访：确认到货情况", "电话沟通新品报价", "催收尾款", "预约上门拜访",
                                           "了解年度采购计划", "售后满意度回访"});
    static const QStringList visits = list({"上门拜访，介绍新品", "现场勘察安装环境", "拜访采购负责人",
                                            "年度合作洽谈", "节前走访"});
    static const QStringList emails = list({"发送报价单", "发送合同草案", "发送产品目录", "对账单确认",
                                            "发票已寄出"});
    static const QStringList notes = list({"客户反馈价格偏高", "客户近期在比价", "决策人变更", "客户有扩产计划",
                                           "客户资金紧张，注意账期"});
    if (kind == QLatin1String("call"))
        return calls;
    if (kind == QLatin1String("visit"))
        return visits;
    if (kind == QLatin1String("email"))
        return emails;
    return notes;
}

const QStringList &activityBodies()
{
    static const QStringList all = list({"", "", "客户态度积极，下周再跟进。", "需要补充资质文件。",
                                         "已转交技术同事处理。", "客户要求再优惠5%。", "约定月底前下单。"});
    return all;
}

const QStringList &ticketTitles()
{
    static const QStringList all = list({"产品质量问题反馈", "发票开具申请", "退换货申请", "物流延误投诉",
                                         "安装调试支持", "配件缺失", "使用培训需求", "账单金额核对"});
    return all;
}

const QStringList &ticketDescriptions()
{
    static const QStringList all = list({"", "客户来电反映，已登记。", "请尽快安排处理并回复客户。",
                                         "附件见邮件。", "客户要求三个工作日内解决。"});
    return all;
}

const QStringList &taskTitles()
{
    static const QStringList all = list({"回访客户", "发送合同", "催收尾款", "续约提醒", "节日问候",
                                         "确认交货时间", "准备报价方案", "安排上门演示"});
    return all;
}

const QStringList &tagNames()
{
    static const QStringList all = list({"重点客户", "价格敏感", "需开专票", "月结客户", "潜在大客户",
                                         "老板决策", "节日送礼"});
    return all;
}

const QStringList &mobilePrefixes()
{
    static const QStringList all = list({"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                         "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                                         "159", "166", "170", "171", "173", "175", "176", "177", "178", "180",
                                         "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
                                         "193", "195", "198", "199"});
    return all;
}

} // namespace Patron::DemoData
