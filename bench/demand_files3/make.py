# Blind test corpus #3 for Panzhihua talent-demand importer.
import csv, json, os, datetime
import openpyxl
from openpyxl.styles import Alignment
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
import pandas as pd

OUT = os.path.dirname(os.path.abspath(__file__))
truth = []
def D(sheet,row,ent,pos,hc,edu,title,dl,loc):
    return dict(sheet=sheet,row=row,enterprise=ent,position=pos,headcount=hc,
                min_education=edu,min_title_level=title,deadline=dl,location=loc)

# 1. 问卷星 export ---------------------------------------------------------
fn="问卷星_企业人才需求调查_导出.xlsx"; wb=openpyxl.Workbook(); ws=wb.active; ws.title="Sheet1"
ws.append(["序号","提交答卷时间","所用时间","来源","来源详情","来自IP","1、企业名称：","2、统一社会信用代码：",
  "3、需求岗位名称：","4、需求人数：","5、学历要求：","6、专业要求：","7、职称要求：","8、工作地点：","9、需求截止时间："])
rows=[
 ("攀枝花钒钛新材料科技有限公司","91510400MA62K7QX3R","钒电池电解液研发工程师","3","D.硕士研究生及以上","化学工程、材料科学","C.中级及以上","攀枝花市钒钛高新区","2026年9月30日"),
 ("攀枝花钒钛新材料科技有限公司","91510400MA62K7QX3R","设备维修电工","5","B.大专及以上","电气自动化","B.初级及以上","攀枝花市钒钛高新区","长期"),
 ("测试","111","111","1","A.不限","无","A.无要求","无","无"),   # test submission: not a demand
 ("攀枝花市川滇物流有限责任公司","91510402MA6AW3NP8L","物流调度主管","若干","C.本科及以上","物流管理","A.无要求","攀枝花市东区","2026-10"),
 ("攀枝花华钛智能装备股份有限公司","91510411MA68CT2E9K","机器人应用工程师","2","C.本科及以上","机械电子工程","D.副高级及以上","攀枝花市仁和区","2026年12月31日"),
 ("攀枝花华钛智能装备股份有限公司","91510411MA68CT2E9K","首席技术专家","1","E.博士研究生","机械工程","E.正高级","攀枝花市仁和区","即招"),
]
ips=["117.175.32.10(四川-攀枝花)","223.87.4.22(四川-攀枝花)","127.0.0.1(本机)","171.221.9.3(四川-成都)","117.175.90.7(四川-攀枝花)","117.175.90.7(四川-攀枝花)"]
for i,r in enumerate(rows):
    ws.append([i+1,f"2026/6/{3+i} 09:1{i}:22",f"{120+i*7}秒","手机提交","直接访问",ips[i],*r])
wb.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="import",note="row 4 is a '测试/111' test submission and is not a demand",demands=[
 D("Sheet1",2,rows[0][0],rows[0][2],3,"硕士","中级","2026-09-30","攀枝花市钒钛高新区"),
 D("Sheet1",3,rows[1][0],rows[1][2],5,"大专","初级",None,"攀枝花市钒钛高新区"),
 D("Sheet1",5,rows[3][0],rows[3][2],None,"本科",None,"2026-10-31","攀枝花市东区"),
 D("Sheet1",6,rows[4][0],rows[4][2],2,"本科","副高","2026-12-31","攀枝花市仁和区"),
 D("Sheet1",7,rows[5][0],rows[5][2],1,"博士","正高",None,"攀枝花市仁和区"),
]))

# 2. 腾讯问卷 export, GBK CSV --------------------------------------------------
fn="腾讯问卷_人才需求征集_答卷数据.csv"
hdr=["编号","开始答题时间","结束答题时间","答题时长","地理位置国家和地区","地理位置省","地理位置市",
 "1、企业名称：","2、统一社会信用代码：","3、需求岗位名称：","4、需求人数：","5、学历要求：","6、专业要求：","7、职称要求：","8、工作地点：","9、需求截止时间："]
tr=[
 ["1","2026-06-10 10:02:11","2026-06-10 10:05:40","209","中国","四川","攀枝花","四川攀西阳光果业有限公司","91510422MA6BQ1RT5D","果树栽培技术员","4","B.大专及以上","园艺、农学","B.初级及以上","米易县","2026年8月31日"],
 ["2","2026-06-11 15:20:03","2026-06-11 15:31:12","669","中国","四川","攀枝花","攀枝花金沙江水电检修有限公司","91510403MA64HD8U2W","水轮机检修工程师","1-2名","C.本科及以上","热能与动力工程","C.中级及以上","攀枝花市西区","2026.10"],
 ["3","2026-06-12 08:44:51","2026-06-12 08:50:09","318","中国","四川","攀枝花","攀枝花金沙江水电检修有限公司","91510403MA64HD8U2W","电厂运行值班员","6","B.大专及以上","电力系统","A.无要求","盐边县","(跳过)"],
]
with open(os.path.join(OUT,fn),"w",encoding="gbk",newline="") as f:
    w=csv.writer(f); w.writerow(hdr); w.writerows(tr)
truth.append(dict(file=fn,expect="import",note="GBK-encoded CSV; '(跳过)' = skipped question",demands=[
 D(None,2,tr[0][7],tr[0][9],4,"大专","初级","2026-08-31","米易县"),
 D(None,3,tr[1][7],tr[1][9],2,"本科","中级","2026-10-31","攀枝花市西区"),
 D(None,4,tr[2][7],tr[2][9],6,"大专",None,None,"盐边县"),
]))

# 3. wide sheet: one enterprise per row, repeated column groups ------------
fn="重点企业人才需求汇总_横表.xlsx"; wb=openpyxl.Workbook(); ws=wb.active; ws.title="汇总"
ws.append(["2026年攀枝花市重点企业人才需求汇总表"]); ws.merge_cells("A1:N1")
ws.append(["序号","企业名称","工作地点","岗位1","人数1","学历1","岗位2","人数2","学历2","岗位3","人数3","学历3","截止时间","联系电话"])
wide=[
 [1,"攀枝花市钛海科技有限责任公司","攀枝花市钒钛高新区","钛白粉工艺工程师",2,"本科","质量检验员",3,"大专","环保专员",1,"本科","2026-09-30","0812-6661234"],
 [2,"攀枝花盐边县富强矿业有限公司","盐边县","采矿工程师",2,"本科","地质测量员",2,"大专",None,None,None,"长期","0812-8712345"],
 [3,"米易县康养文旅投资集团有限公司","米易县","康养项目策划",1,"硕士",None,None,None,None,None,None,"2026年11月","0812-8175555"],
]
for r in wide: ws.append(r)
wb.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="import",note="Wide layout (岗位N|人数N|学历N groups) is regular and unambiguous; a careful importer can and should unpivot it. Several demands share one Excel row; empty groups are not demands.",demands=[
 D("汇总",3,wide[0][1],"钛白粉工艺工程师",2,"本科",None,"2026-09-30","攀枝花市钒钛高新区"),
 D("汇总",3,wide[0][1],"质量检验员",3,"大专",None,"2026-09-30","攀枝花市钒钛高新区"),
 D("汇总",3,wide[0][1],"环保专员",1,"本科",None,"2026-09-30","攀枝花市钒钛高新区"),
 D("汇总",4,wide[1][1],"采矿工程师",2,"本科",None,None,"盐边县"),
 D("汇总",4,wide[1][1],"地质测量员",2,"大专",None,None,"盐边县"),
 D("汇总",5,wide[2][1],"康养项目策划",1,"硕士",None,"2026-11-30","米易县"),
]))

# 4. several positions in one cell ---------------------------------------------
fn="企业用工及人才需求登记表_岗位合并填写.xlsx"; wb=openpyxl.Workbook(); ws=wb.active; ws.title="需求登记"
ws.append(["企业名称","需求岗位及人数","学历要求","职称要求","工作地点","截止时间","联系人"])
ml=[
 ["攀枝花恒鑫电气设备制造有限公司","电气工程师3名、机械工程师2名","本科及以上","中级及以上","攀枝花市仁和区","2026年10月31日","王经理 13908121234"],
 ["攀枝花市东区安泰化工有限公司","化验员2人\n安全员1人\n仓库管理员若干","大专及以上","无","攀枝花市东区","即招","刘女士 13550981234"],
]
for r in ml: ws.append(r)
ws["B3"].alignment=Alignment(wrap_text=True)
wb.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="import",note="Decision: a cell listing several positions (separated by 、 or line breaks) is split into one demand per position; the count suffix (3名/2人/若干) is the headcount and is stripped from the position text; the row's other columns apply to each.",demands=[
 D("需求登记",2,ml[0][0],"电气工程师",3,"本科","中级","2026-10-31","攀枝花市仁和区"),
 D("需求登记",2,ml[0][0],"机械工程师",2,"本科","中级","2026-10-31","攀枝花市仁和区"),
 D("需求登记",3,ml[1][0],"化验员",2,"大专",None,None,"攀枝花市东区"),
 D("需求登记",3,ml[1][0],"安全员",1,"大专",None,None,"攀枝花市东区"),
 D("需求登记",3,ml[1][0],"仓库管理员",None,"大专",None,None,"攀枝花市东区"),
]))

# 5. government 附件 table ----------------------------------------------------
fn="附件2_2026年攀枝花市事业单位引进高层次人才岗位需求表.xlsx"; wb=openpyxl.Workbook(); ws=wb.active; ws.title="岗位表"
ws.append(["附件2"])
ws.append(["2026年攀枝花市事业单位引进高层次人才岗位需求表"]); ws.merge_cells("A2:K2")
ws.append(["序号","单位名称","岗位名称","岗位类别","需求人数","学历","学位","专业","年龄","其他条件","联系人及电话"])
gv=[
 [1,"攀枝花市钒钛产业技术研究中心","冶金工艺研究岗","专业技术",2,"全日制硕士研究生","硕士","冶金工程","35周岁以下","中级职称优先","张老师 0812-3331001"],
 [2,None,"钛材料表征研究岗","专业技术",1,"博士研究生","博士","材料物理与化学","40周岁及以下","具有副高级及以上专业技术职称","张老师 0812-3331001"],
 [3,"攀枝花市农林科学研究院","亚热带果树育种岗","专业技术",1,"本科（学士）及以上","学士及以上","果树学","35周岁以下","具有中级及以上职称","陈老师 0812-5552002"],
 [4,"攀枝花市东区社区卫生服务中心","临床医师","专业技术","若干","大学本科及以上","学士","临床医学","35周岁以下","取得执业医师资格","杨老师 0812-2223003"],
]
for r in gv: ws.append(r)
ws.merge_cells("B4:B5")
ws.append(["注：年龄计算截至2026年6月30日；学历学位须于2026年7月31日前取得。"]); ws.merge_cells("A8:K8")
wb.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="import",note="单位名称 B4:B5 merged (row 5 inherits); 注 row is not a demand; no deadline/location columns",demands=[
 D("岗位表",4,gv[0][1],"冶金工艺研究岗",2,"硕士",None,None,None),
 D("岗位表",5,gv[0][1],"钛材料表征研究岗",1,"博士","副高",None,None),
 D("岗位表",6,gv[2][1],"亚热带果树育种岗",1,"本科","中级",None,None),
 D("岗位表",7,gv[3][1],"临床医师",None,"本科",None,None,None),
]))

# 6. English semicolon CSV ---------------------------------------------------
fn="panzhihua_openings_en.csv"
en=[["Company","Job Title","Openings","Degree Required","Field","Apply By","Location"],
 ["Panzhihua Hongyuan Environmental Technology Co., Ltd.","Wastewater Process Engineer","2","Bachelor's or above","Environmental Engineering; Chemistry","2026-09-30","Xiqu District, Panzhihua"],
 ["Panzhihua Hongyuan Environmental Technology Co., Ltd.","Lab Technician","several","Associate degree or above","Analytical Chemistry","Rolling","Xiqu District, Panzhihua"],
 ["Sichuan Panxi Sunshine Solar Co., Ltd.","PV Systems Researcher","1","PhD","Electrical Engineering","Nov 2026","Renhe District, Panzhihua"],
 ["Sichuan Panxi Sunshine Solar Co., Ltd.","Data Analyst","3","Master's degree","Statistics","","Renhe District, Panzhihua"],
]
with open(os.path.join(OUT,fn),"w",encoding="utf-8",newline="") as f:
    csv.writer(f,delimiter=";").writerows(en)
truth.append(dict(file=fn,expect="import",note="semicolon-delimited; Field values contain quoted ';'",demands=[
 D(None,2,en[1][0],en[1][1],2,"本科",None,"2026-09-30",en[1][6]),
 D(None,3,en[2][0],en[2][1],None,"大专",None,None,en[2][6]),
 D(None,4,en[3][0],en[3][1],1,"博士",None,"2026-11-30",en[3][6]),
 D(None,5,en[4][0],en[4][1],3,"硕士",None,None,en[4][6]),
]))

# 7. ODS with awkward values ---------------------------------------------------
fn="仁和区企业人才需求_各种写法.ods"
od=[["仁和区2026年第三季度企业人才需求统计"],
 ["用人单位","岗位","需求人数","学历学位","年龄","职称","到岗时间","工作地点"],
 ["攀枝花仁和芒果产业发展有限公司","冷链物流经理","1-2名","本科（学士）及以上","35周岁以下","中级职称优先","2026年9月前","仁和区总发乡"],
 ["攀枝花仁和芒果产业发展有限公司","电商运营专员","若干","大专","","无","即招","仁和区"],
 ["攀枝花市仁和区康养旅游发展有限公司","康复治疗师","3人","全日制硕士研究生","35周岁以下","初级（师）及以上","2026.10","仁和区平地镇"],
 ["攀枝花市仁和区康养旅游发展有限公司","高级营养师","1","本科","45周岁以下","高级职称（副高）","长期有效",""],
 ["填报说明：到岗时间请填写具体月份"]]
doc=OpenDocumentSpreadsheet(); t=Table(name="需求统计")
for r in od:
    tr_=TableRow()
    for v in r:
        c=TableCell(valuetype="string"); c.addElement(P(text=v)); tr_.addElement(c)
    t.addElement(tr_)
doc.spreadsheet.addElement(t); doc.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="import",note="'中级职称优先' is a preference -> null; '2026年9月前' -> month end; last row is an instruction, not a demand",demands=[
 D("需求统计",3,od[2][0],od[2][1],2,"本科",None,"2026-09-30","仁和区总发乡"),
 D("需求统计",4,od[3][0],od[3][1],None,"大专",None,None,"仁和区"),
 D("需求统计",5,od[4][0],od[4][1],3,"硕士","初级","2026-10-31","仁和区平地镇"),
 D("需求统计",6,od[5][0],od[5][1],1,"本科","副高",None,None),
]))

# 8. must be refused: job-seeker roster, not demand ------------------------------
fn="人才需求_6月汇总.xlsx"; wb=openpyxl.Workbook(); ws=wb.active; ws.title="Sheet1"
ws.append(["序号","姓名","性别","身份证号","手机号码","毕业院校","学历","专业","求职意向","期望薪资"])
ws.append([1,"李某某","男","510402199801011234","13800001111","攀枝花学院","本科","冶金工程","工艺工程师","6000"])
ws.append([2,"王某某","女","510411199905052345","13900002222","西南科技大学","硕士","会计学","财务","8000"])
ws.append([3,"赵某某","男","510421200003033456","13700003333","四川机电职业技术学院","大专","电气自动化","电工","5000"])
wb.save(os.path.join(OUT,fn))
truth.append(dict(file=fn,expect="reject",why="Despite the filename this is a job-seeker (人才供给) roster with personal ID numbers and phones: no 企业名称, no demand headcount—not enterprise talent demand. Refuse whole; do not import individuals as demands.",demands=[]))

json.dump(truth,open(os.path.join(OUT,"truth.json"),"w",encoding="utf-8"),ensure_ascii=False,indent=1)

# ---- verification: every truth position appears in its row -------------------
def rowtext(path,sheet,row):
    if path.endswith(".csv"):
        enc="gbk" if "腾讯" in path else "utf-8"
        with open(path,encoding=enc,newline="") as f:
            sample=f.read(2048); f.seek(0)
            recs=list(csv.reader(f,delimiter=";" if sample.count(";")>sample.count(",") else ","))
        return " ".join(recs[row-1])
    if path.endswith(".ods"):
        df=pd.read_excel(path,engine="odf",header=None,sheet_name=sheet)
        return " ".join(str(v) for v in df.iloc[row-1].tolist())
    ws=openpyxl.load_workbook(path)[sheet]
    return " ".join(str(c.value) for c in ws[row] if c.value is not None)
n=0
for t_ in truth:
    assert os.path.exists(os.path.join(OUT,t_["file"]))
    assert (t_["expect"]=="reject")==(not t_["demands"])
    for d in t_["demands"]:
        txt=rowtext(os.path.join(OUT,t_["file"]),d["sheet"],d["row"])
        assert d["position"] in txt,(t_["file"],d,txt)
        if d["deadline"]: datetime.date.fromisoformat(d["deadline"])
        n+=1
print(f"OK: {len(truth)} files, {n} demands verified")
