#!/usr/bin/env python3
# Summarises `jfr print --stack-depth 64 --events jdk.ExecutionSample REC.jfr` output: samples by
# thread, by component (innermost frame that belongs to a known library or package), inclusive share of
# the application and framework methods, who calls Lucene and Gson, and the top self frames.
# Usage: jfr print --stack-depth 64 --events jdk.ExecutionSample /tmp/serve.jfr > s.txt; bench/jfr-hot.py s.txt
import re,collections,sys
txt=open(sys.argv[1] if len(sys.argv)>1 else '/dev/stdin').read()
evs=txt.split('jdk.ExecutionSample {')[1:]
stacks=[];threads=collections.Counter()
for e in evs:
    m=re.search(r'sampledThread = "([^"]*)"',e); t=m.group(1) if m else '?'
    t=re.sub(r'[-#]?\d+(-\d+)*"?$','',t); threads[t]+=1
    st=e.split('stackTrace = [',1)[1].split('\n  ]',1)[0]
    fr=[re.sub(r'\s+line:.*','',l.strip()) for l in st.strip().split('\n') if l.strip() and l.strip()!='...']
    stacks.append(fr)
N=len(stacks); print("samples",N)
print("by thread:",threads.most_common(8))
# inclusive by method
inc=collections.Counter()
for fr in stacks:
    for f in set(fr): inc[f]+=1
print("\nTop inclusive methods (skillsguide/slack/micronaut/gson):")
for f,c in inc.most_common(400):
    if any(k in f for k in ('org.skillsguide','com.slack.api.bolt','io.micronaut.http.server','com.google.gson.Gson.toJson','javax.crypto','SlackSigning','Verifier')):
        print(f"{100*c/N:5.1f}% {f}")
# self-category: first frame from top that matches a category
cats=[('engine: search (org.skillsguide.search)','org.skillsguide.search'),('engine: answer','org.skillsguide.answer.engine'),
('engine: answer (other)','org.skillsguide.answer.'),('lucene','org.apache.lucene'),('gson','com.google.gson'),
('slack app code','org.skillsguide.slack'),('skills-guide other','org.skillsguide'),('bolt/slack sdk','com.slack.api'),('hmac/crypto','javax.crypto'),('crypto','sun.security'),
('micronaut','io.micronaut'),('netty','io.netty'),('logging','ch.qos.logback'),('logging','org.slf4j')]
def cat(fr):
    for f in fr:
        for name,k in cats:
            if f.startswith(k): return name
    return 'jdk/other: '+(fr[0][:60] if fr else '?')
c=collections.Counter(cat(fr) for fr in stacks)
print("\nSamples by the first (innermost) frame that belongs to a component:")
for k,v in c.most_common(25): print(f"{100*v/N:5.1f}% {k}")
# which stacks include the engine at all
def has(p): return sum(1 for fr in stacks if any(f.startswith(p) for f in fr))
print("\nInclusive: any org.skillsguide.search/answer engine frame: %.1f%%"%(100*sum(1 for fr in stacks if any(f.startswith('org.skillsguide.search') or f.startswith('org.skillsguide.answer') for f in fr))/N))
for p in ['org.skillsguide.answer.render','com.google.gson','com.slack.api','io.micronaut','io.netty','ch.qos.logback','javax.crypto','org.skillsguide.observe','org.skillsguide.usage','org.apache.lucene','org.skillsguide.search']:
    print("Inclusive %-32s %.1f%%"%(p,100*has(p)/N))
print()
for lib in ['org.apache.lucene','com.google.gson']:
    callers=collections.Counter()
    for fr in stacks:
        if fr and any(f.startswith(lib) for f in fr[:3]) or (fr and cat(fr).startswith(lib.split('.')[-1])):
            nxt=next((f for f in fr if not f.startswith(lib) and (f.startswith('org.skillsguide') or f.startswith('com.slack') or f.startswith('io.micronaut'))),'?')
            callers[nxt]+=1
    print(lib,"nearest caller:")
    for k,v in callers.most_common(6): print(f"   {100*v/N:5.1f}% {k}")
# top self frames
print("\nTop self frames:")
for k,v in collections.Counter(fr[0] for fr in stacks if fr).most_common(12): print(f"   {100*v/N:5.1f}% {k}")
