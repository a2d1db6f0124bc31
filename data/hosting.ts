/**
 * Plain facts about where phishing pages are hosted: zones whose subdomains anyone can create in minutes, TLDs
 * sold for almost nothing, and link shorteners. These are structural lists, not indicators of compromise: no
 * phishing host is listed here, only the services such hosts sit on. Kept as space-separated strings because
 * they ship in the every-page content script (split once at start-up). Each list is marked pure so a bundle that
 * uses one list does not carry the others.
 */

const words = (s: string): readonly string[] => s.split(' ');

/**
 * Dynamic-DNS zones: free subdomains that point anywhere. Source: the 196 zones of No-IP, ChangeIP, 3322.org,
 * oray and others collected in public incident-response notes (../shared/data/dynamic-dns-zones.txt), plus the
 * dynamic-DNS entries of the Public Suffix List's private section (https://publicsuffix.org/list/: DuckDNS,
 * Dynu, DynDNS, FreeDNS (afraid.org), now-dns, ddnss.de, ...).
 */
export const DYNAMIC_DNS_ZONES: readonly string[] = /* @__PURE__ */ words(
  // ../shared/data/dynamic-dns-zones.txt
  '1366.co 1866.co 1dumb.com 2288.org 25u.com 2waky.com 3-a.net 3322.org 3utilities.com 4dq.com 4mydomain.com ' +
    '4pu.com 5166.info 51vip.biz 6600.org 7766.org 8800.org 8866.org 9966.org acmetoy.com almostmy.com ' +
    'americanunfinished.com authorizeddns.net authorizeddns.org authorizeddns.us bigmoney.biz bounceme.net ' +
    'changeip.name changeip.net changeip.org cleansite.biz compress.to coyo.eu ddns.info ddns.mobi ddns.ms ' +
    'ddns.name ddns.net ddns.us ddnsking.com dhcp.biz dns-dns.com dns-stuff.com dns04.com dns05.com dns1.us ' +
    'dns2.us dnset.com dnsrd.com dsmtp.com dumb1.com dynamic-dns.net dynamicdns.biz dyndns.pro dynssl.com ' +
    'edns.biz eicp.net epac.to esmtp.biz ezua.com f3322.net f3322.org faqserv.com fartit.com freeddns.com ' +
    'freetcp.com freewww.biz freewww.info ftp1.biz ftpserver.biz gettrials.com got-game.org gotdns.ch ' +
    'gr8domain.biz gr8name.biz hopto.org iego.cn iego.net ikwb.com imbbs.in imblog.in imshop.in imwork.net ' +
    'imzone.in instanthq.com isasecret.com itemdb.com itsaol.com jetos.com jkub.com jungleheart.com justdied.com ' +
    'lflink.com lflinkup.com lflinkup.net lflinkup.org longmusic.com mefound.com moneyhome.biz mrbasic.com ' +
    'mrbonus.com mrface.com mrslove.com my03.com mydad.info myddns.com myftp.biz myftp.info myftp.name myftp.org ' +
    'mylftv.com mymom.info mynetav.net mynetav.org mynumber.org mypicture.info mysecondarydns.com myvnc.com ' +
    'mywww.biz myz.info ninth.biz no-ip.biz no-ip.info no-ip.org noip.me ns01.biz ns01.info ns01.us ns02.biz ' +
    'ns02.info ns02.us ns1.name ns2.name ns3.name ocry.com oicp.net onedumb.com organiccrap.com otzo.com ' +
    'ourhobby.com pcanywhere.net port25.biz proxydns.com qhigh.com qpoe.com rebatesrule.net redirectme.net ' +
    'sellclassics.com sendsmtp.com servebeer.com serveblog.net servecounterstrike.com serveftp.com servegame.com ' +
    'servehalflife.com servehttp.com serveminecraft.net servemp3.com servepics.com servequake.com serveuser.com ' +
    'serveusers.com sexidude.com sexxxy.biz sixth.biz squirly.info sytes.net toh.info toythieves.com trickip.net ' +
    'trickip.org uicp.cn uicp.net vicp.cc vicp.co vicp.hk vicp.net vizvaz.com webhop.me wha.la wicp.net ' +
    'wikaba.com www1.biz wwwhost.biz x24hr.com xicp.cn xicp.net xxuz.com xxxy.biz xxxy.info ygto.com ' +
    'youdontcare.com yourtrap.com zapto.org zyns.com zzux.com ' +
    // Public Suffix List, private section (dynamic-DNS providers)
    'duckdns.org dynu.net dynv6.net freeddns.org mooo.com afraid.org dyndns.org dyndns.info dyndns.biz ' +
    'homeip.net dynalias.com dynalias.net dynalias.org dnsalias.com dnsalias.net dnsalias.org is-a-geek.com ' +
    'selfip.com selfip.net webhop.net webhop.org ddnsfree.com ddnsgeek.com giize.com gleeze.com kozow.com ' +
    'loseyourip.com ooguy.com theworkpc.com casacam.net accesscam.org camdvr.org freeddns.us mywire.org ' +
    'webredirect.org dnsfor.me now-dns.net now-dns.org now-dns.top ddnss.de dyn-ip24.de dynamisches-dns.de ' +
    'ddns.me dnsdojo.com dnsdojo.net dnsdojo.org serveirc.com myddns.rocks is-found.org is-not-certified.com ' +
    'is-leet.com is-a-geek.net is-a-geek.org is-gone.com is-lost.org is-saved.org is-very-bad.org ' +
    'is-very-evil.org is-very-good.org is-very-nice.org isa-geek.com isa-geek.net isa-geek.org blogdns.com ' +
    'blogdns.net blogdns.org homelinux.com homelinux.net homelinux.org homeunix.com homeunix.net homeunix.org ' +
    'dyndns-at-home.com dyndns-blog.com dyndns-free.com dyndns-home.com dyndns-ip.com dyndns-mail.com ' +
    'dyndns-office.com dyndns-pics.com dyndns-remote.com dyndns-server.com dyndns-web.com dyndns-wiki.com ' +
    'dyndns-work.com endofinternet.net endofinternet.org gotdns.com gotdns.org game-host.org getmyip.com ' +
    'mine.nu merseine.nu shacknet.nu ' +
    // No-IP's other free hostname domains (the ones the list above lacks), FreeDNS (afraid.org) shared domains
    // most used for free subdomains, the PSL's DynDNS `is-a-…` names, and deSEC / YDNS / nsupdate.info.
    'servebbs.com servebbs.net servebbs.org onthewifi.com hopto.me loginto.me myactivedirectory.com mymediapc.net ' +
    'mypsx.net mysecuritycamera.com mysecuritycamera.net mysecuritycamera.org point2this.com pointto.us ' +
    'quicksytes.com serveexchange.com servehumour.com servep2p.com servesarcasm.com stufftoread.com ' +
    'unusualperson.com workisboring.com blogsyte.com ciscofreak.com damnserver.com ditchyourip.com ' +
    'dnsiskinky.com dynns.com geekgalaxy.com hosthampster.com net-freaks.com mydissent.net myeffect.net ' +
    'securitytactics.com chickenkiller.com crabdance.com ignorelist.com jumpingcrab.com strangled.net us.to ' +
    'twilightparadox.com thruhere.net is-an-accountant.com is-a-chef.com is-a-doctor.com is-a-lawyer.com ' +
    'is-a-student.com is-a-teacher.com is-a-techie.com is-an-artist.com is-a-designer.com is-a-hunter.com ' +
    'dedyn.io ydns.eu nsupdate.info',
);

/**
 * Free or serverless hosting and file-storage zones: anyone can publish a page on a subdomain (or, for the
 * storage hosts, under a path). Source: the Public Suffix List private section (workers.dev, pages.dev, web.app,
 * firebaseapp.com, netlify.app, vercel.app, github.io, blogspot.*, herokuapp.com, ...), the hosting services
 * named in フィッシング対策協議会 monthly reports and ../shared/reference/scam-signals.md (fc2, xsrv, Google
 * storage, Amazon S3), and common Japanese rental-server default domains (sakura.ne.jp, lolipop.jp, mixh.jp).
 */
export const FREE_HOSTING_ZONES: readonly string[] = /* @__PURE__ */ words(
  'workers.dev pages.dev web.app firebaseapp.com netlify.app netlify.com vercel.app now.sh github.io ' +
    'gitlab.io blogspot.com blogspot.jp fc2.com xsrv.jp wixsite.com weebly.com herokuapp.com glitch.me ' +
    'repl.co replit.app replit.dev onrender.com fly.dev azurewebsites.net azureedge.net appspot.com ' +
    'storage.googleapis.com firebasestorage.googleapis.com s3.amazonaws.com cloudfront.net ' +
    'blob.core.windows.net web.core.windows.net r2.dev ipfs.io dweb.link w3s.link 000webhostapp.com ' +
    'godaddysites.com square.site mystrikingly.com jimdofree.com jimdosite.com wordpress.com webflow.io ' +
    'surge.sh neocities.org tiiny.site ngrok.io ngrok-free.app ngrok.app trycloudflare.com loca.lt ' +
    'serveo.net sakura.ne.jp lolipop.jp mixh.jp coreserver.jp starfree.jp stars.ne.jp main.jp ' +
    'webnode.jp amebaownd.com wix.com framer.app framer.website',
);

/**
 * Storage hosts that serve anyone's files under a path (`storage.googleapis.com/<bucket>/page.html`): the host
 * itself counts as free hosting. Source: Google Cloud Storage and Amazon S3 documentation (path-style URLs).
 */
export const PATH_HOSTING: readonly string[] = /* @__PURE__ */ words(
  'storage.googleapis.com commondatastorage.googleapis.com firebasestorage.googleapis.com s3.amazonaws.com',
);

/**
 * Translation proxies that serve another site's page under their own host (`www-docomo-ne-jp.translate.goog`).
 * Source: フィッシング対策協議会 report for 2025-07 (about 8.5% of phishing URLs used Google Translate).
 */
export const PROXY_ZONES: readonly string[] = /* @__PURE__ */ words('translate.goog');

/**
 * TLDs most abused for phishing relative to their size. Source: Spamhaus "most abused TLDs", Interisle
 * Phishing Landscape 2023–2024, and the TLDs named for carrier phishing in ../shared/reference/scam-signals.md
 * (.cn .top .xyz .shop .cfd .cyou .sbs .asia .tokyo) and フィッシング対策協議会 reports. A weak signal alone.
 */
export const CHEAP_TLDS: readonly string[] = /* @__PURE__ */ words(
  'cn top xyz shop cfd cyou sbs asia tokyo icu buzz club online site live vip fun bond monster rest quest life ' +
    'store click link work cc pw tk ml ga cf gq win bid loan date men party review stream trade science ' +
    'racing download accountant cricket faith gdn kim best lol beauty hair skin makeup autos boats homes ' +
    'yachts motorcycles mom today world wang ren xin ltd cam cloud bar group',
);

/**
 * Abused TLDs that also carry much legitimate regional use (.tokyo and .asia for Japanese businesses, .cc as a
 * generic ccTLD): counted at a lower weight than the others. .cn stays at full weight: it leads the phishing
 * statistics of every year in the brief (JPCERT 2019–2022, フィッシング対策協議会 2025).
 */
export const MIXED_TLDS: readonly string[] = /* @__PURE__ */ words('asia tokyo cc');

/**
 * Public URL shorteners and QR redirectors (the host itself is the shortener; the target is hidden). Source:
 * carrier warnings quoting bit.ly / cutt.ly in smishing (../shared/reference/carriers.md §6a) and the common
 * public shorteners.
 */
export const URL_SHORTENERS: readonly string[] = /* @__PURE__ */ words(
  'bit.ly bitly.com cutt.ly tinyurl.com t.co goo.gl ow.ly is.gd v.gd buff.ly rebrand.ly t.ly shorturl.at ' +
    'rb.gy x.gd tiny.cc s.id urx.nu urx.blue qr.paps.jp tr.ee shorturl.asia 00m.in short.gy',
);

/**
 * Second-level public suffixes under which registrations happen (`example.co.jp`), for approximating the
 * registrable domain without shipping the whole Public Suffix List. Source: the ICANN section of the PSL,
 * restricted to the common ones.
 */
export const MULTI_PART_SUFFIXES: readonly string[] = /* @__PURE__ */ words(
  'co.jp ne.jp or.jp ac.jp ad.jp ed.jp go.jp gr.jp lg.jp com.cn net.cn org.cn gov.cn edu.cn ac.cn ' +
    'co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk net.uk com.au net.au org.au edu.au gov.au asn.au id.au ' +
    'co.nz org.nz net.nz co.kr or.kr ne.kr com.tw org.tw net.tw idv.tw com.hk org.hk net.hk com.br net.br ' +
    'co.in net.in org.in com.sg com.my co.th in.th co.id or.id web.id com.vn com.tr com.mx com.ar co.za ' +
    'com.ph com.pk com.ng co.il com.ua com.es com.pl com.eg com.sa com.co com.pe com.ve com.ec com.bd ' +
    'com.np com.kh com.mm com.lk co.ke gen.in',
);

/**
 * DNS-over-HTTPS resolvers' host names: a browser or an app may open them (`https://dns.google/dns-query`,
 * `https://cloudflare-dns.com/dns-query`); they are never phishing. Source: the providers' own documentation
 * (Google Public DNS, Cloudflare 1.1.1.1, Quad9, OpenDNS, AdGuard DNS, NextDNS, IIJ Public DNS, Alibaba Cloud
 * Public DNS, DNSPod, CleanBrowsing, Mullvad, Control D) as collected in curl's list of public DoH servers
 * (https://github.com/curl/curl/wiki/DNS-over-HTTPS). Bare-IP endpoints (`https://1.1.1.1/dns-query`) are
 * recognised by their path instead.
 */
export const DOH_HOSTS: readonly string[] = /* @__PURE__ */ words(
  'dns.google dns64.dns.google cloudflare-dns.com mozilla.cloudflare-dns.com one.one.one.one ' +
    '1dot1dot1dot1.cloudflare-dns.com family.cloudflare-dns.com security.cloudflare-dns.com dns.quad9.net ' +
    'dns9.quad9.net dns10.quad9.net dns11.quad9.net doh.opendns.com doh.familyshield.opendns.com ' +
    'dns.adguard-dns.com dns.adguard.com dns.nextdns.io public.dns.iij.jp dns.alidns.com doh.pub ' +
    'doh.cleanbrowsing.org doh.mullvad.net dns.mullvad.net freedns.controld.com doh.dns.sb',
);
