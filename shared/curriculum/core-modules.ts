/**
 * The P2K2 core curriculum: 5 modules, 14 sessions numbered 1-14 across modules. Titles follow
 * the commonly used Indonesian session names; everything else (goals, steps, key messages, quiz)
 * is written in our own words for facilitators to read aloud, and never copies official module text.
 *
 * Codes and ids are derived from the session number by the small builders below, so a step or
 * question can be reordered in the text without anyone typing an id by hand. Once shipped, an id
 * is stored in checklist ticks and quiz answers: do not renumber the steps or questions of a
 * session that is in use; add new ones at the end instead.
 */
import type { CurriculumModule, CurriculumSession, CurriculumStep, LocalText, QuizQuestion } from './types';

/** Indonesian first, English second. */
type Pair = readonly [id: string, en: string];

interface StepSpec {
  readonly minutes: number;
  readonly title: Pair;
  readonly instruction: Pair;
}

type QuestionSpec =
  | { readonly prompt: Pair; readonly answer: boolean }
  | { readonly prompt: Pair; readonly options: readonly Pair[]; readonly answer: number };

interface SessionSpec {
  readonly number: number;
  readonly title: Pair;
  readonly goals: readonly Pair[];
  readonly steps: readonly StepSpec[];
  readonly keyMessages: readonly Pair[];
  readonly quiz: readonly QuestionSpec[];
}

const text = ([id, en]: Pair): LocalText => ({ id, en });
const step = (minutes: number, title: Pair, instruction: Pair): StepSpec => ({ minutes, title, instruction });
const tf = (prompt: Pair, answer: boolean): QuestionSpec => ({ prompt, answer });
const choice = (prompt: Pair, options: readonly Pair[], answer: number): QuestionSpec => ({ prompt, options, answer });

function buildSession(moduleCode: string, spec: SessionSpec): CurriculumSession {
  const code = `P2K2-${String(spec.number).padStart(2, '0')}`;
  const steps = spec.steps.map(
    (s, i): CurriculumStep => ({
      id: `${code}-s${i + 1}`,
      title: text(s.title),
      minutes: s.minutes,
      instruction: text(s.instruction),
    }),
  );
  const quiz = spec.quiz.map((q, i): QuizQuestion => {
    const id = `${code}-q${i + 1}`;
    return 'options' in q
      ? { id, kind: 'choice', prompt: text(q.prompt), options: q.options.map(text), answer: q.answer }
      : { id, kind: 'truefalse', prompt: text(q.prompt), answer: q.answer };
  });
  return {
    code,
    number: spec.number,
    moduleCode,
    title: text(spec.title),
    goals: spec.goals.map(text),
    steps,
    keyMessages: spec.keyMessages.map(text),
    quiz,
  };
}

function buildModule(number: number, title: Pair, sessions: readonly SessionSpec[]): CurriculumModule {
  const code = `P2K2-M${number}`;
  return { code, number, title: text(title), sessions: sessions.map((spec) => buildSession(code, spec)) };
}

// Module 1 ---------------------------------------------------------------------------------------

const parenting = buildModule(
  1,
  ['Pengasuhan dan Pendidikan Anak', 'Parenting and Children’s Education'],
  [
    {
      number: 1,
      title: ['Menjadi Orangtua yang Lebih Baik', 'Becoming Better Parents'],
      goals: [
        [
          'Peserta memahami peran orang tua sebagai pengasuh, pelindung, dan guru pertama bagi anak.',
          'Participants understand the parent’s role as carer, protector and first teacher of the child.',
        ],
        [
          'Peserta mengenal pengasuhan yang hangat dan tegas tanpa kekerasan.',
          'Participants recognise parenting that is warm and firm without violence.',
        ],
        [
          'Peserta memilih satu kebiasaan baik yang akan dicoba bersama anak di rumah.',
          'Participants choose one good habit to try with their children at home.',
        ],
      ],
      steps: [
        step(
          15,
          ['Pembukaan dan perkenalan', 'Opening and introductions'],
          [
            'Sambut peserta, nyanyikan Indonesia Raya dan Mars PKH, lalu minta setiap ibu menyebut namanya dan menyepakati aturan kelompok, misalnya datang tepat waktu dan saling menghargai.',
            'Welcome everyone, sing the national anthem and the PKH anthem, then have each mother say her name and agree on group rules such as coming on time and respecting each other.',
          ],
        ),
        step(
          20,
          ['Harapan untuk anak', 'Hopes for our children'],
          [
            'Tanyakan akan menjadi orang seperti apa anak mereka 15 tahun lagi, lalu tulis semua harapan di kertas plano.',
            'Ask what kind of person they hope their child will be in 15 years and write every hope on the flipchart.',
          ],
        ),
        step(
          20,
          ['Apa yang dibutuhkan anak', 'What children need'],
          [
            'Dari daftar harapan tadi, ajak peserta menyebut apa yang anak butuhkan dari orang tua: kasih sayang, rasa aman, makanan, kesehatan, sekolah, dan contoh yang baik.',
            'Starting from the list of hopes, ask what children need from their parents: love, safety, food, health care, school and a good example.',
          ],
        ),
        step(
          25,
          ['Hangat dan tegas', 'Warm and firm'],
          [
            'Perankan dua cara menegur anak yang menumpahkan air: membentak dan memukul, atau menjelaskan dan mengajak membersihkan; tanyakan mana yang membuat anak belajar.',
            'Act out two ways to respond to a child who spills water: shouting and hitting, or explaining and cleaning up together; ask which one teaches the child.',
          ],
        ),
        step(
          15,
          ['Mengelola marah', 'Handling our anger'],
          [
            'Latih bersama cara menenangkan diri sebelum menegur anak: berhenti sejenak, tarik napas dalam, hitung sampai sepuluh, lalu bicara pelan.',
            'Practise together how to calm down before correcting a child: pause, breathe deeply, count to ten, then speak softly.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Minta beberapa ibu menyebut satu hal yang akan dicoba minggu ini, lalu bacakan pesan kunci dan ulangi bersama.',
            'Ask a few mothers to name one thing they will try this week, then read the key messages and repeat them together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Jelaskan latihan di Buku Pintar, sepakati tanggal pertemuan berikutnya, dan tutup dengan doa.',
            'Explain the exercise in the Buku Pintar, agree on the next meeting date and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Orang tua adalah guru pertama dan terpenting bagi anak.',
          'Parents are a child’s first and most important teachers.',
        ],
        [
          'Anak lebih banyak belajar dari apa yang kita lakukan daripada dari apa yang kita perintahkan.',
          'Children learn more from what we do than from what we tell them.',
        ],
        ['Disiplin bisa tegas tanpa memukul atau membentak.', 'Discipline can be firm without hitting or shouting.'],
      ],
      quiz: [
        tf(['Memukul adalah cara terbaik agar anak menurut.', 'Hitting is the best way to make a child obey.'], false),
        choice(
          ['Anak paling banyak belajar dari …', 'Children learn the most from …'],
          [
            ['televisi', 'television'],
            ['contoh dari orang tuanya', 'their parents’ example'],
            ['dimarahi setiap hari', 'being scolded every day'],
          ],
          1,
        ),
        tf(
          ['Pelukan dan kata-kata sayang membuat anak merasa aman.', 'Hugs and loving words make a child feel safe.'],
          true,
        ),
        choice(
          [
            'Saat Ibu sangat marah kepada anak, apa yang sebaiknya dilakukan lebih dulu?',
            'When you are very angry with your child, what should you do first?',
          ],
          [
            ['Langsung memukul', 'Hit at once'],
            ['Menenangkan diri sebentar, baru bicara', 'Calm down for a moment, then talk'],
            ['Mengunci anak di kamar', 'Lock the child in a room'],
          ],
          1,
        ),
      ],
    },
    {
      number: 2,
      title: ['Memahami Perilaku Anak', 'Understanding Children’s Behaviour'],
      goals: [
        [
          'Peserta memahami bahwa setiap perilaku anak punya alasan, misalnya lapar, lelah, takut, atau ingin diperhatikan.',
          'Participants understand that every behaviour has a reason, such as hunger, tiredness, fear or wanting attention.',
        ],
        [
          'Peserta mampu memuji perilaku baik dan menanggapi perilaku yang tidak diinginkan tanpa kekerasan.',
          'Participants can praise good behaviour and respond to unwanted behaviour without violence.',
        ],
        [
          'Peserta mampu membuat aturan rumah yang sedikit, jelas, dan dijalankan terus.',
          'Participants can make a few clear house rules and keep to them.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah mencoba menenangkan diri sebelum menegur anak dan bagaimana hasilnya.',
            'Open with the national anthem and the PKH anthem, then ask who tried calming down before correcting their child and how it went.',
          ],
        ),
        step(
          10,
          ['Permainan perintah jelas', 'Clear instructions game'],
          [
            'Beri perintah yang membingungkan lalu perintah yang jelas kepada peserta, dan tanyakan mana yang lebih mudah diikuti, seperti juga bagi anak.',
            'Give the group a confusing instruction and then a clear one, and ask which was easier to follow, as it is for children too.',
          ],
        ),
        step(
          25,
          ['Mengapa anak berbuat begitu?', 'Why does a child act like that?'],
          [
            'Bacakan tiga kejadian (anak menangis di warung, memukul adiknya, tidak mau mandi) dan ajak kelompok menebak apa yang sebenarnya dibutuhkan anak.',
            'Read out three situations (a child crying at the shop, hitting a sibling, refusing to bathe) and have the group guess what the child really needs.',
          ],
        ),
        step(
          20,
          ['Memuji dan memberi perhatian', 'Praise and attention'],
          [
            'Latih berpasangan cara memuji yang menyebut perbuatannya, misalnya “Terima kasih sudah merapikan sandal”, bukan sekadar “anak pintar”.',
            'Practise in pairs praise that names the action, for example “Thank you for tidying the sandals”, not just “good child”.',
          ],
        ),
        step(
          25,
          ['Aturan dan akibat yang wajar', 'Rules and fair consequences'],
          [
            'Bersama kelompok, susun tiga aturan rumah yang singkat dan akibat wajar bila dilanggar, misalnya mainan disimpan sehari, tanpa pukulan atau ancaman.',
            'With the group, write three short house rules and a fair consequence for breaking each, such as putting a toy away for a day, with no hitting or threats.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan perilaku anak mana yang kini mereka pahami secara berbeda, lalu bacakan pesan kunci bersama.',
            'Ask which of their child’s behaviours they now see differently, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Minta peserta mencoba memuji anak tiga kali sehari sampai pertemuan berikutnya, lalu tutup dengan doa.',
            'Ask participants to praise their child three times a day until the next meeting, then close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Perilaku anak adalah cara anak menyampaikan kebutuhannya.',
          'A child’s behaviour is how the child tells us what they need.',
        ],
        [
          'Perbuatan baik yang dipuji akan lebih sering diulang.',
          'Good behaviour that is praised is repeated more often.',
        ],
        [
          'Aturan yang sedikit, jelas, dan dijalankan terus lebih mudah diikuti anak.',
          'A few clear rules, kept every day, are easier for children to follow.',
        ],
      ],
      quiz: [
        tf(
          [
            'Anak yang rewel kadang sebenarnya lapar, lelah, atau ingin diperhatikan.',
            'A fussy child is sometimes really hungry, tired or wanting attention.',
          ],
          true,
        ),
        choice(
          ['Cara memuji yang paling baik adalah …', 'The best way to praise is …'],
          [
            ['mengatakan “anak pintar” saja', 'just saying “good child”'],
            [
              'menyebut perbuatannya: “Terima kasih sudah membantu mencuci piring”',
              'naming the action: “Thank you for helping wash the dishes”',
            ],
            ['memberi uang setiap kali', 'giving money every time'],
          ],
          1,
        ),
        tf(
          [
            'Aturan di rumah sebaiknya banyak dan berganti setiap hari.',
            'House rules should be many and change every day.',
          ],
          false,
        ),
        choice(
          [
            'Kakak memukul adiknya. Tanggapan yang tepat adalah …',
            'An older child hits a younger one. The right response is …',
          ],
          [
            ['memukul kakaknya juga', 'hitting the older child back'],
            [
              'memisahkan mereka, menenangkan, lalu menjelaskan bahwa memukul itu menyakiti',
              'separating them, calming them, then explaining that hitting hurts',
            ],
            ['membiarkan saja', 'letting it go'],
          ],
          1,
        ),
      ],
    },
    {
      number: 3,
      title: ['Memahami Cara Anak Usia Dini Belajar', 'How Young Children Learn'],
      goals: [
        [
          'Peserta memahami bahwa anak usia 0-6 tahun belajar lewat bermain, meniru, dan mencoba dengan seluruh inderanya.',
          'Participants understand that children aged 0-6 learn by playing, copying and trying things with all their senses.',
        ],
        [
          'Peserta mengenal tahap perkembangan anak secara sederhana dan tahu kapan perlu bertanya ke tenaga kesehatan.',
          'Participants know the main stages of child development and when to ask a health worker.',
        ],
        [
          'Peserta mampu membuat mainan dan permainan sederhana dari barang di sekitar rumah.',
          'Participants can make simple toys and games from things around the house.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu minta dua peserta menceritakan pujian yang mereka berikan kepada anak sejak pertemuan lalu.',
            'Open with the national anthem and the PKH anthem, then ask two participants to share the praise they gave their children since the last meeting.',
          ],
        ),
        step(
          15,
          ['Otak anak tumbuh pesat', 'A young brain grows fast'],
          [
            'Jelaskan dengan gambar bahwa otak anak berkembang paling pesat sebelum usia 6 tahun, dan setiap obrolan, nyanyian, dan pelukan ikut membentuknya.',
            'Use a picture to explain that a child’s brain grows fastest before age 6, and every chat, song and hug helps shape it.',
          ],
        ),
        step(
          25,
          ['Belajar lewat bermain', 'Learning through play'],
          [
            'Ajak peserta mengingat permainan masa kecil mereka, lalu bahas apa yang dipelajari anak dari permainan itu: berhitung, bergiliran, bergerak, dan berbicara.',
            'Ask participants to remember games from their own childhood, then discuss what children learn from them: counting, taking turns, moving and talking.',
          ],
        ),
        step(
          20,
          ['Tahap perkembangan anak', 'Stages of development'],
          [
            'Dengan bantuan Buku KIA, bahas apa yang biasanya sudah bisa dilakukan bayi, anak 1-2 tahun, dan anak 3-6 tahun, serta tanda yang perlu ditanyakan ke bidan atau posyandu.',
            'Using the KIA (mother and child health) book, go over what babies, 1-2 year olds and 3-6 year olds can usually do, and which signs to ask the midwife or health post about.',
          ],
        ),
        step(
          30,
          ['Membuat mainan sederhana', 'Making simple toys'],
          [
            'Bagi peserta dalam kelompok kecil untuk membuat mainan dari kardus, botol plastik bersih, atau kain perca, lalu praktikkan cara memainkannya bersama anak.',
            'Split into small groups to make toys from cardboard, clean plastic bottles or cloth scraps, then practise playing with them as they would with a child.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan permainan apa yang akan dimainkan bersama anak minggu ini, lalu bacakan pesan kunci dan ulangi bersama.',
            'Ask which game each will play with their child this week, then read the key messages and repeat them together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Ingatkan agar mainan kecil dijauhkan dari balita supaya tidak tertelan, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Remind everyone to keep small objects away from toddlers so they are not swallowed, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        ['Bermain adalah cara anak belajar, bukan membuang waktu.', 'Play is how children learn, not a waste of time.'],
        [
          'Mengajak bicara, bercerita, dan bernyanyi sejak bayi membantu anak pandai berbahasa.',
          'Talking, telling stories and singing from birth help a child learn to speak well.',
        ],
        [
          'Mainan tidak harus dibeli; barang bekas yang bersih dan aman pun bisa menjadi alat belajar.',
          'Toys need not be bought; clean and safe used things can become learning tools.',
        ],
      ],
      quiz: [
        tf(
          [
            'Bayi belum bisa belajar, jadi tidak perlu diajak bicara.',
            'Babies cannot learn yet, so there is no need to talk to them.',
          ],
          false,
        ),
        choice(
          ['Anak usia dini paling banyak belajar lewat …', 'Young children learn the most through …'],
          [
            ['bermain dan meniru', 'playing and copying'],
            ['duduk diam seharian', 'sitting still all day'],
            ['menonton TV sendirian', 'watching TV alone'],
          ],
          0,
        ),
        tf(
          [
            'Kardus dan botol plastik bekas yang bersih bisa dijadikan mainan untuk belajar.',
            'Clean cardboard and used plastic bottles can be made into learning toys.',
          ],
          true,
        ),
        choice(
          [
            'Anak Ibu sudah berumur 2 tahun tetapi belum bisa berjalan. Apa yang sebaiknya dilakukan?',
            'Your child is 2 years old but cannot walk yet. What should you do?',
          ],
          [
            ['Menunggu saja', 'Just wait'],
            ['Bertanya ke bidan, posyandu, atau puskesmas', 'Ask the midwife, health post or clinic'],
            ['Memarahi anak', 'Scold the child'],
          ],
          1,
        ),
      ],
    },
    {
      number: 4,
      title: ['Membantu Anak Sukses di Sekolah', 'Helping Children Succeed at School'],
      goals: [
        [
          'Peserta memahami peran orang tua dalam keberhasilan sekolah anak, termasuk kewajiban hadir di sekolah paling sedikit 85 persen.',
          'Participants understand the parent’s part in a child’s success at school, including the duty to attend at least 85 percent of school days.',
        ],
        [
          'Peserta mampu mendampingi anak belajar di rumah, walaupun tidak menguasai pelajarannya.',
          'Participants can support their child’s learning at home, even without knowing the subject.',
        ],
        [
          'Peserta berani berhubungan dengan guru dan sekolah.',
          'Participants feel confident to talk with teachers and the school.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu minta peserta menunjukkan atau menceritakan mainan yang dibuat bersama anak.',
            'Open with the national anthem and the PKH anthem, then ask participants to show or describe a toy they made with their child.',
          ],
        ),
        step(
          15,
          ['Mengapa sekolah penting', 'Why school matters'],
          [
            'Tanyakan apa arti sekolah bagi masa depan anak, lalu ingatkan bahwa anak dalam keluarga PKH wajib hadir paling sedikit 85 persen hari sekolah.',
            'Ask what school means for a child’s future, then remind them that children in PKH families must attend at least 85 percent of school days.',
          ],
        ),
        step(
          25,
          ['Jadwal harian anak', 'The child’s daily routine'],
          [
            'Ajak peserta menyusun jadwal anak sepulang sekolah: makan, istirahat, bermain, belajar, dan tidur cukup, lengkap dengan tempat belajar yang tenang.',
            'Help participants plan a child’s afternoon after school: eating, rest, play, study and enough sleep, with a quiet place to study.',
          ],
        ),
        step(
          20,
          ['Menemani belajar', 'Keeping the child company while learning'],
          [
            'Peragakan berpasangan cara mendampingi tanpa harus bisa mengerjakan PR: duduk menemani, bertanya apa yang dipelajari hari ini, dan memuji usahanya.',
            'Role-play in pairs how to support homework without knowing the answers: sit with the child, ask what they learned today and praise their effort.',
          ],
        ),
        step(
          20,
          ['Bekerja sama dengan guru', 'Working with the teacher'],
          [
            'Diskusikan kapan dan bagaimana menemui guru, misalnya saat pembagian rapor atau bila anak sering tidak masuk, dan apa saja yang perlu ditanyakan.',
            'Discuss when and how to meet the teacher, such as at report time or when the child often misses school, and what to ask.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Minta peserta menyebut satu perubahan kecil yang akan dilakukan untuk sekolah anak, lalu bacakan pesan kunci bersama.',
            'Ask each participant for one small change they will make for their child’s schooling, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Jelaskan latihan di Buku Pintar tentang jadwal belajar, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Explain the study-routine exercise in the Buku Pintar, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Hadir di sekolah setiap hari adalah langkah pertama keberhasilan anak.',
          'Going to school every day is the first step to a child’s success.',
        ],
        [
          'Orang tua tidak harus pintar pelajaran untuk mendukung anak; perhatian dan pujian sudah sangat membantu.',
          'Parents need not know the lessons to support their child; attention and praise already help a lot.',
        ],
        [
          'Luangkan waktu bertemu guru untuk mengetahui perkembangan anak.',
          'Make time to meet the teacher to learn how your child is doing.',
        ],
      ],
      quiz: [
        tf(
          [
            'Anak dalam keluarga PKH wajib hadir paling sedikit 85 persen hari sekolah.',
            'Children in PKH families must attend at least 85 percent of school days.',
          ],
          true,
        ),
        choice(
          ['Agar anak bisa belajar di rumah, orang tua sebaiknya …', 'To help a child study at home, parents should …'],
          [
            ['menyediakan waktu dan tempat belajar yang tenang', 'set aside a time and a quiet place to study'],
            ['menyuruh anak bekerja sampai malam', 'make the child work until late'],
            ['menyalakan TV keras-keras', 'turn the TV up loud'],
          ],
          0,
        ),
        tf(
          [
            'Orang tua yang tidak tamat sekolah tidak bisa membantu anaknya belajar.',
            'Parents who did not finish school cannot help their children learn.',
          ],
          false,
        ),
        choice(
          [
            'Anak Ibu sering tidak masuk sekolah. Apa yang sebaiknya Ibu lakukan?',
            'Your child often skips school. What should you do?',
          ],
          [
            ['Membiarkan saja', 'Let it be'],
            ['Bicara dengan anak dan menemui gurunya', 'Talk with the child and meet the teacher'],
            ['Menghukum anak dengan tidak memberi makan', 'Punish the child by not giving food'],
          ],
          1,
        ),
      ],
    },
  ],
);

// Module 2 ---------------------------------------------------------------------------------------

const money = buildModule(
  2,
  ['Pengelolaan Keuangan dan Perencanaan Usaha', 'Family Finance and Business Planning'],
  [
    {
      number: 5,
      title: ['Mengelola Keuangan Keluarga', 'Managing Family Finances'],
      goals: [
        [
          'Peserta mampu mencatat uang masuk dan uang keluar keluarga.',
          'Participants can keep a record of the family’s money coming in and going out.',
        ],
        ['Peserta mampu membedakan kebutuhan dan keinginan.', 'Participants can tell needs from wants.'],
        [
          'Peserta mampu menyusun anggaran bulanan sederhana dan memakai bantuan PKH untuk kebutuhan anak.',
          'Participants can draw up a simple monthly budget and use PKH assistance for their children’s needs.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah menemui guru anaknya sejak pertemuan lalu.',
            'Open with the national anthem and the PKH anthem, then ask who has met their child’s teacher since the last meeting.',
          ],
        ),
        step(
          30,
          ['Uang masuk dan uang keluar', 'Money in and money out'],
          [
            'Ajak peserta menuliskan atau menggambar semua uang masuk dan uang keluar keluarga dalam seminggu, lalu bandingkan jumlahnya.',
            'Have participants write or draw all the money that came in and went out of the household in one week, then compare the totals.',
          ],
        ),
        step(
          20,
          ['Kebutuhan atau keinginan?', 'Need or want?'],
          [
            'Tunjukkan kartu bergambar (beras, biaya sekolah, rokok, pulsa, sabun, baju baru) dan minta peserta memilahnya menjadi kebutuhan atau keinginan.',
            'Show picture cards (rice, school costs, cigarettes, phone credit, soap, new clothes) and ask participants to sort them into needs and wants.',
          ],
        ),
        step(
          30,
          ['Menyusun anggaran', 'Making a budget'],
          [
            'Bersama kelompok, bagi pendapatan contoh satu bulan ke dalam pos makan, sekolah, kesehatan, tabungan, dan lain-lain, dengan kebutuhan anak didahulukan.',
            'With the group, divide one month of a sample income into food, school, health, savings and other, putting the children’s needs first.',
          ],
        ),
        step(
          20,
          ['Menjaga anggaran', 'Keeping to the budget'],
          [
            'Diskusikan godaan yang membuat anggaran jebol dan cara menghadapinya, misalnya membawa daftar belanja dan membicarakan anggaran dengan suami.',
            'Discuss the temptations that break a budget and how to resist them, such as shopping with a list and agreeing the budget with one’s husband.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan pengeluaran apa yang bisa dikurangi bulan ini, lalu bacakan pesan kunci dan ulangi bersama.',
            'Ask which spending could be cut this month, then read the key messages and repeat them together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Minta peserta mencatat uang masuk dan keluar di Buku Pintar sampai pertemuan berikutnya, lalu tutup dengan doa.',
            'Ask participants to record money in and out in the Buku Pintar until the next meeting, then close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Catat setiap uang masuk dan keluar, sekecil apa pun.',
          'Write down every amount coming in and going out, however small.',
        ],
        [
          'Dahulukan kebutuhan seperti makanan bergizi, sekolah, dan kesehatan sebelum keinginan.',
          'Put needs such as nutritious food, school and health before wants.',
        ],
        [
          'Bantuan PKH dipakai untuk kebutuhan anak: gizi, sekolah, dan kesehatan.',
          'PKH assistance is for the children’s needs: nutrition, school and health.',
        ],
      ],
      quiz: [
        tf(['Rokok termasuk kebutuhan pokok keluarga.', 'Cigarettes are a basic family need.'], false),
        choice(
          ['Manakah yang termasuk kebutuhan?', 'Which of these is a need?'],
          [
            ['Beras dan lauk', 'Rice and side dishes'],
            ['Ponsel baru', 'A new phone'],
            ['Perhiasan', 'Jewellery'],
          ],
          0,
        ),
        tf(
          [
            'Mencatat pengeluaran membantu kita tahu ke mana uang habis.',
            'Writing down spending helps us see where the money goes.',
          ],
          true,
        ),
        choice(
          ['Bantuan PKH sebaiknya dipakai untuk …', 'PKH assistance should be used for …'],
          [
            ['membeli rokok', 'buying cigarettes'],
            ['perlengkapan sekolah dan makanan bergizi anak', 'school supplies and nutritious food for the children'],
            ['membeli pulsa untuk bermain game', 'buying phone credit for games'],
          ],
          1,
        ),
      ],
    },
    {
      number: 6,
      title: ['Cermat Meminjam dan Menabung', 'Borrowing and Saving Wisely'],
      goals: [
        [
          'Peserta memahami pentingnya menabung, termasuk untuk keadaan darurat.',
          'Participants understand why saving matters, including for emergencies.',
        ],
        [
          'Peserta mengenal tempat menabung dan meminjam yang aman serta bahaya rentenir dan pinjaman online ilegal.',
          'Participants know safe places to save and borrow, and the dangers of loan sharks and illegal online lenders.',
        ],
        [
          'Peserta mampu menimbang apakah cicilan pinjaman sanggup dibayar.',
          'Participants can judge whether a loan repayment is affordable.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu minta dua peserta menceritakan apa yang mereka temukan dari catatan uang keluarga.',
            'Open with the national anthem and the PKH anthem, then ask two participants what they learned from recording their family’s money.',
          ],
        ),
        step(
          20,
          ['Mengapa menabung', 'Why save'],
          [
            'Ajak peserta bercerita tentang saat keluarga tiba-tiba butuh uang, misalnya anak sakit, lalu bahas bagaimana tabungan bisa menolong.',
            'Invite stories of times the family suddenly needed money, such as a sick child, then discuss how savings could have helped.',
          ],
        ),
        step(
          20,
          ['Sedikit demi sedikit', 'Little by little'],
          [
            'Tunjukkan bahwa menabung dilakukan di awal saat menerima uang, bukan menunggu sisa, dan hitung bersama hasil menabung Rp2.000 sehari selama sebulan dan setahun.',
            'Show that saving happens first, when money arrives, not from what is left over, and work out together what Rp2,000 a day becomes in a month and a year.',
          ],
        ),
        step(
          25,
          ['Tempat menabung dan meminjam', 'Where to save and borrow'],
          [
            'Bandingkan bank, koperasi resmi, kelompok usaha bersama, dan rentenir atau pinjaman online ilegal: mana yang aman dan mana yang bunganya mencekik.',
            'Compare banks, registered cooperatives, joint business groups, and loan sharks or illegal online lenders: which are safe and which charge crushing interest.',
          ],
        ),
        step(
          25,
          ['Meminjam dengan cermat', 'Borrowing carefully'],
          [
            'Hitung bersama contoh pinjaman Rp1.000.000 dicicil Rp120.000 selama 10 bulan: berapa total yang dibayar, dan apakah cicilannya cukup dari pemasukan keluarga.',
            'Work through a loan of Rp1,000,000 repaid at Rp120,000 a month for 10 months: how much is paid in total, and can the family’s income cover it?',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Minta setiap peserta menyebut berapa yang akan mereka sisihkan setiap minggu, lalu bacakan pesan kunci bersama.',
            'Ask each participant how much they will set aside every week, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Jelaskan latihan menabung di Buku Pintar, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Explain the savings exercise in the Buku Pintar, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Sisihkan tabungan di awal saat menerima uang, walaupun sedikit.',
          'Put savings aside as soon as money arrives, even a little.',
        ],
        [
          'Pinjam hanya untuk keperluan penting atau usaha, dan hanya bila cicilannya sanggup dibayar.',
          'Borrow only for important needs or a business, and only when you can afford the repayments.',
        ],
        [
          'Hindari rentenir dan pinjaman online yang tidak terdaftar di OJK.',
          'Avoid loan sharks and online lenders that are not registered with the OJK (financial services authority).',
        ],
      ],
      quiz: [
        tf(
          [
            'Menabung harus menunggu ada sisa uang di akhir bulan.',
            'Saving has to wait until there is money left at the end of the month.',
          ],
          false,
        ),
        choice(
          ['Tempat meminjam yang lebih aman adalah …', 'A safer place to borrow is …'],
          [
            ['rentenir', 'a loan shark'],
            ['koperasi atau bank resmi', 'a registered cooperative or bank'],
            ['pinjaman online tanpa izin', 'an unlicensed online lender'],
          ],
          1,
        ),
        tf(
          [
            'Sebelum meminjam, kita perlu menghitung apakah cicilannya sanggup dibayar setiap bulan.',
            'Before borrowing, we should work out whether we can pay the instalment every month.',
          ],
          true,
        ),
        choice(
          ['Menabung Rp2.000 setiap hari selama 10 hari menjadi …', 'Saving Rp2,000 every day for 10 days makes …'],
          [
            ['Rp2.000', 'Rp2,000'],
            ['Rp20.000', 'Rp20,000'],
            ['Rp200.000', 'Rp200,000'],
          ],
          1,
        ),
      ],
    },
    {
      number: 7,
      title: ['Memulai Usaha', 'Starting a Business'],
      goals: [
        [
          'Peserta mengenali peluang usaha dari keterampilan sendiri dan kebutuhan warga sekitar.',
          'Participants spot business ideas from their own skills and what neighbours need.',
        ],
        [
          'Peserta mampu menghitung modal, harga jual, dan keuntungan secara sederhana.',
          'Participants can work out start-up costs, selling price and profit in a simple way.',
        ],
        [
          'Peserta memahami pentingnya memisahkan uang usaha dari uang rumah tangga.',
          'Participants understand why business money is kept apart from household money.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah mulai menabung dan berapa yang terkumpul.',
            'Open with the national anthem and the PKH anthem, then ask who has started saving and how much they have put aside.',
          ],
        ),
        step(
          20,
          ['Apa yang bisa saya kerjakan?', 'What can I do?'],
          [
            'Minta setiap peserta menyebut satu keterampilan (memasak, menjahit, beternak, bertani) dan satu barang atau jasa yang sering dicari warga desa.',
            'Ask each participant for one skill (cooking, sewing, raising animals, farming) and one product or service villagers often look for.',
          ],
        ),
        step(
          20,
          ['Memilih ide usaha', 'Choosing an idea'],
          [
            'Uji beberapa ide usaha dengan tiga pertanyaan: adakah pembelinya, terjangkaukah modalnya, dan sanggupkah saya mengerjakannya di sela mengurus rumah?',
            'Test a few ideas with three questions: are there buyers, is the start-up cost affordable, and can I do it alongside caring for the home?',
          ],
        ),
        step(
          30,
          ['Menghitung untung', 'Working out the profit'],
          [
            'Hitung bersama contoh usaha gorengan: biaya bahan, minyak, dan kemasan, jumlah terjual, hasil penjualan, lalu keuntungan sehari.',
            'Work through a fried-snack stall together: cost of ingredients, oil and wrapping, number sold, takings, and then the profit for one day.',
          ],
        ),
        step(
          15,
          ['Memisahkan uang usaha', 'Keeping business money apart'],
          [
            'Ceritakan contoh usaha yang berhenti karena modalnya terpakai untuk belanja dapur, lalu tunjukkan cara mencatat dan menyimpan uang usaha terpisah.',
            'Tell the story of a business that failed because its capital was spent on the kitchen, then show how to record and keep business money separately.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Minta beberapa peserta menyebut ide usaha yang ingin dicoba dan langkah pertamanya, lalu bacakan pesan kunci bersama.',
            'Ask a few participants for the business idea they want to try and its first step, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Jelaskan latihan menghitung usaha di Buku Pintar, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Explain the business-sums exercise in the Buku Pintar, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Mulailah usaha dari yang kita bisa dan yang dibutuhkan orang di sekitar.',
          'Start a business from what you can do and what people around you need.',
        ],
        [
          'Untung adalah hasil penjualan dikurangi semua biaya, termasuk bahan, kemasan, dan ongkos.',
          'Profit is takings minus all costs, including ingredients, wrapping and transport.',
        ],
        [
          'Pisahkan dan catat uang usaha agar modal tidak habis terpakai.',
          'Keep business money apart and recorded so the capital is not spent.',
        ],
      ],
      quiz: [
        tf(['Semua uang hasil jualan adalah keuntungan.', 'All the money from sales is profit.'], false),
        choice(
          [
            'Modal bahan Rp50.000, hasil jualan Rp75.000. Berapa keuntungannya?',
            'Ingredients cost Rp50,000 and sales bring Rp75,000. What is the profit?',
          ],
          [
            ['Rp25.000', 'Rp25,000'],
            ['Rp50.000', 'Rp50,000'],
            ['Rp125.000', 'Rp125,000'],
          ],
          0,
        ),
        tf(
          [
            'Uang usaha sebaiknya dipisahkan dari uang belanja rumah tangga.',
            'Business money should be kept apart from household money.',
          ],
          true,
        ),
        choice(
          [
            'Sebelum memulai usaha, pertanyaan yang paling penting adalah …',
            'Before starting a business, the most important question is …',
          ],
          [
            ['Adakah orang yang mau membeli?', 'Will anyone buy it?'],
            ['Apakah warna warungnya bagus?', 'Is the stall a nice colour?'],
            ['Apakah usaha ini sedang ramai di TV?', 'Is this business popular on TV?'],
          ],
          0,
        ),
      ],
    },
  ],
);

// Module 3 ---------------------------------------------------------------------------------------

const health = buildModule(
  3,
  ['Kesehatan dan Gizi', 'Health and Nutrition'],
  [
    {
      number: 8,
      title: ['Pentingnya Gizi dan Layanan Kesehatan Ibu Hamil', 'Nutrition and Health Care for Pregnant Mothers'],
      goals: [
        [
          'Peserta memahami kebutuhan gizi ibu hamil dan pentingnya tablet tambah darah.',
          'Participants understand what a pregnant mother needs to eat and why iron tablets matter.',
        ],
        [
          'Peserta mengetahui jadwal pemeriksaan kehamilan dan tanda bahaya kehamilan.',
          'Participants know the schedule of antenatal check-ups and the danger signs in pregnancy.',
        ],
        [
          'Peserta mampu menyusun rencana persalinan di fasilitas kesehatan.',
          'Participants can make a plan to give birth at a health facility.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah menghitung untung-rugi sebuah ide usaha.',
            'Open with the national anthem and the PKH anthem, then ask who has worked out the profit of a business idea.',
          ],
        ),
        step(
          15,
          ['Seribu hari pertama', 'The first thousand days'],
          [
            'Jelaskan bahwa masa sejak hamil sampai anak berumur 2 tahun sangat menentukan tinggi badan, kesehatan, dan kecerdasan anak.',
            'Explain that the time from pregnancy until the child turns 2 largely decides the child’s height, health and learning.',
          ],
        ),
        step(
          30,
          ['Piring makan ibu hamil', 'A pregnant mother’s plate'],
          [
            'Dengan gambar atau bahan makanan setempat, susun piring ibu hamil: nasi, lauk hewani seperti telur atau ikan, sayur, dan buah, dengan porsi lebih banyak dari biasa.',
            'With pictures or local foods, build a pregnant mother’s plate: rice, animal protein such as eggs or fish, vegetables and fruit, in bigger portions than usual.',
          ],
        ),
        step(
          20,
          ['Periksa hamil dan tablet tambah darah', 'Check-ups and iron tablets'],
          [
            'Tunjukkan Buku KIA, jelaskan pemeriksaan kehamilan paling sedikit 6 kali, dan minum satu tablet tambah darah setiap hari dengan air putih.',
            'Show the KIA book and explain at least 6 antenatal check-ups and one iron tablet every day, taken with plain water.',
          ],
        ),
        step(
          20,
          ['Tanda bahaya kehamilan', 'Danger signs in pregnancy'],
          [
            'Bacakan tanda bahaya (perdarahan, sakit kepala hebat, bengkak di wajah dan tangan, demam tinggi, gerak janin berkurang, air ketuban keluar sebelum waktunya) dan minta peserta mengulanginya.',
            'Read out the danger signs (bleeding, severe headache, swollen face and hands, high fever, baby moving less, waters breaking early) and have participants repeat them.',
          ],
        ),
        step(
          15,
          ['Rencana persalinan', 'Birth plan'],
          [
            'Ajak peserta mengisi rencana persalinan: tempat bersalin, pendamping, kendaraan, biaya atau kartu JKN, dan calon pendonor darah.',
            'Help participants fill in a birth plan: where to give birth, who comes along, transport, costs or the JKN health card, and possible blood donors.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan siapa di keluarga atau tetangga yang sedang hamil dan apa yang bisa dilakukan untuknya, lalu bacakan pesan kunci bersama.',
            'Ask who in their family or neighbourhood is pregnant and what they can do for her, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Minta peserta menyampaikan tanda bahaya kehamilan kepada keluarga di rumah, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Ask participants to share the danger signs with their family at home, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Ibu hamil perlu makan lebih banyak dan beragam, terutama lauk hewani, sayur, dan buah.',
          'A pregnant mother needs to eat more and more varied food, especially animal protein, vegetables and fruit.',
        ],
        [
          'Periksa kehamilan paling sedikit 6 kali dan minum tablet tambah darah setiap hari.',
          'Have at least 6 antenatal check-ups and take an iron tablet every day.',
        ],
        [
          'Jika muncul tanda bahaya, segera bawa ibu ke bidan atau puskesmas, jangan menunggu.',
          'If a danger sign appears, take the mother to the midwife or health centre at once; do not wait.',
        ],
        [
          'Bersalinlah di fasilitas kesehatan dengan bidan atau dokter.',
          'Give birth at a health facility with a midwife or doctor.',
        ],
      ],
      quiz: [
        tf(
          [
            'Ibu hamil cukup makan seperti biasa, tidak perlu tambahan.',
            'A pregnant mother can eat as usual; she needs nothing extra.',
          ],
          false,
        ),
        choice(
          [
            'Paling sedikit berapa kali ibu hamil sebaiknya memeriksakan kehamilannya?',
            'At least how many times should a pregnant mother have a check-up?',
          ],
          [
            ['1 kali', 'Once'],
            ['3 kali', '3 times'],
            ['6 kali', '6 times'],
          ],
          2,
        ),
        tf(
          [
            'Perdarahan saat hamil adalah tanda bahaya, dan ibu harus segera dibawa ke fasilitas kesehatan.',
            'Bleeding in pregnancy is a danger sign, and the mother must be taken to a health facility at once.',
          ],
          true,
        ),
        choice(
          ['Tempat bersalin yang paling aman adalah …', 'The safest place to give birth is …'],
          [
            ['di rumah tanpa tenaga kesehatan', 'at home without a health worker'],
            ['di puskesmas atau fasilitas kesehatan lain', 'at a health centre or other health facility'],
            ['di mana saja asal dekat', 'anywhere, as long as it is near'],
          ],
          1,
        ),
      ],
    },
    {
      number: 9,
      title: [
        'Pentingnya Gizi untuk Ibu Menyusui dan Balita',
        'Nutrition for Breastfeeding Mothers and Young Children',
      ],
      goals: [
        [
          'Peserta memahami pentingnya ASI saja selama 6 bulan dan menyusui sampai anak berumur 2 tahun.',
          'Participants understand why babies need breast milk only for 6 months and breastfeeding until age 2.',
        ],
        [
          'Peserta mengetahui makanan pendamping ASI yang tepat mulai umur 6 bulan.',
          'Participants know the right complementary foods from 6 months of age.',
        ],
        [
          'Peserta memahami pentingnya menimbang dan mengukur balita di posyandu setiap bulan.',
          'Participants understand why young children are weighed and measured at the health post every month.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu minta peserta menyebut kembali tanda bahaya kehamilan yang masih diingat.',
            'Open with the national anthem and the PKH anthem, then ask participants to recall the danger signs in pregnancy.',
          ],
        ),
        step(
          15,
          ['Makan untuk ibu menyusui', 'Food for breastfeeding mothers'],
          [
            'Bahas bahwa ibu menyusui perlu makan dan minum lebih banyak, dan keluarga ikut membantu pekerjaan rumah agar ibu cukup istirahat.',
            'Discuss how breastfeeding mothers need more food and drink, and how the family can share housework so the mother rests enough.',
          ],
        ),
        step(
          25,
          ['ASI saja sampai 6 bulan', 'Breast milk only until 6 months'],
          [
            'Jelaskan bahwa bayi di bawah 6 bulan cukup diberi ASI tanpa air putih, madu, atau pisang, lalu bahas kebiasaan setempat yang membuat bayi diberi makan terlalu dini.',
            'Explain that babies under 6 months need only breast milk, with no water, honey or banana, then talk about local habits that start food too early.',
          ],
        ),
        step(
          30,
          ['Makanan pendamping ASI', 'Complementary food'],
          [
            'Peragakan dengan bahan setempat cara membuat bubur kental berisi telur, ikan, atau hati ayam, dan bahas tekstur serta porsinya sesuai umur anak.',
            'Demonstrate with local ingredients how to make a thick porridge with egg, fish or chicken liver, and discuss texture and portions by age.',
          ],
        ),
        step(
          20,
          ['Posyandu dan grafik pertumbuhan', 'Health post and growth chart'],
          [
            'Tunjukkan grafik pertumbuhan di Buku KIA dan jelaskan arti berat badan yang naik, tetap, atau turun, serta pentingnya mengukur tinggi badan.',
            'Show the growth chart in the KIA book and explain what it means when weight goes up, stays flat or goes down, and why height is measured too.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan makanan bergizi apa yang mudah didapat di desa untuk balita, lalu bacakan pesan kunci dan ulangi bersama.',
            'Ask which nutritious foods for young children are easy to find in the village, then read the key messages and repeat them together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Ingatkan jadwal posyandu bulan ini, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Remind everyone of this month’s health-post day, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Berikan ASI saja sampai bayi berumur 6 bulan, lalu teruskan menyusui sampai 2 tahun.',
          'Give breast milk only until the baby is 6 months old, then keep breastfeeding until age 2.',
        ],
        [
          'Mulai umur 6 bulan, beri makanan pendamping yang kental dan berisi lauk hewani setiap hari.',
          'From 6 months, give thick complementary food with animal protein every day.',
        ],
        [
          'Bawa balita ke posyandu setiap bulan; berat badan yang tidak naik perlu segera diperhatikan.',
          'Take young children to the health post every month; weight that does not go up needs attention soon.',
        ],
      ],
      quiz: [
        tf(
          [
            'Bayi berumur 3 bulan boleh diberi pisang atau bubur agar cepat kenyang.',
            'A 3-month-old baby may be given banana or porridge to fill them up.',
          ],
          false,
        ),
        choice(
          [
            'ASI saja, tanpa makanan dan minuman lain, diberikan sampai bayi berumur …',
            'Breast milk only, with no other food or drink, is given until the baby is …',
          ],
          [
            ['2 bulan', '2 months old'],
            ['4 bulan', '4 months old'],
            ['6 bulan', '6 months old'],
          ],
          2,
        ),
        tf(
          [
            'Telur, ikan, dan hati ayam baik untuk makanan pendamping ASI.',
            'Eggs, fish and chicken liver are good complementary foods.',
          ],
          true,
        ),
        choice(
          [
            'Berat badan balita tidak naik dua bulan berturut-turut. Apa yang sebaiknya dilakukan?',
            'A young child’s weight has not gone up for two months in a row. What should be done?',
          ],
          [
            ['Dibiarkan saja', 'Nothing'],
            [
              'Bertanya ke kader posyandu, bidan, atau puskesmas',
              'Ask the health-post volunteer, midwife or health centre',
            ],
            ['Berhenti datang ke posyandu', 'Stop going to the health post'],
          ],
          1,
        ),
      ],
    },
    {
      number: 10,
      title: ['Kesakitan pada Anak dan Kesehatan Lingkungan', 'Childhood Illness and a Healthy Environment'],
      goals: [
        [
          'Peserta mengenali penyakit yang sering menyerang anak (diare, batuk dan sesak napas, demam berdarah) dan tanda bahayanya.',
          'Participants recognise common childhood illnesses (diarrhoea, cough and difficult breathing, dengue) and their danger signs.',
        ],
        [
          'Peserta mengetahui pertolongan pertama diare di rumah dan kapan harus ke puskesmas.',
          'Participants know first aid for diarrhoea at home and when to go to the health centre.',
        ],
        [
          'Peserta mempraktikkan cuci tangan pakai sabun dan menjaga rumah serta lingkungan tetap bersih.',
          'Participants practise handwashing with soap and keeping the home and surroundings clean.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah ke posyandu bulan ini dan apa kata kader tentang berat badan anaknya.',
            'Open with the national anthem and the PKH anthem, then ask who went to the health post this month and what the volunteer said about their child’s weight.',
          ],
        ),
        step(
          20,
          ['Penyakit yang sering dialami anak', 'Common childhood illnesses'],
          [
            'Minta peserta menyebut penyakit yang pernah dialami anak mereka, lalu kelompokkan menjadi diare, batuk dan sesak, serta demam.',
            'Ask participants which illnesses their children have had, then group them into diarrhoea, cough and breathing problems, and fever.',
          ],
        ),
        step(
          20,
          ['Tanda bahaya pada anak sakit', 'Danger signs in a sick child'],
          [
            'Bacakan tanda bahaya (tidak mau minum atau menyusu, muntah terus, kejang, sangat lemas, napas cepat atau sesak, tinja berdarah) dan tegaskan anak harus segera dibawa berobat.',
            'Read out the danger signs (will not drink or breastfeed, vomits everything, fits, very weak, fast or difficult breathing, blood in the stool) and stress that the child must be seen at once.',
          ],
        ),
        step(
          20,
          ['Menangani diare di rumah', 'Treating diarrhoea at home'],
          [
            'Peragakan membuat larutan oralit sesuai petunjuk bungkusnya, jelaskan tablet zinc selama 10 hari, dan tekankan bahwa ASI dan makan tetap diberikan.',
            'Demonstrate mixing oral rehydration salts as the packet says, explain zinc tablets for 10 days, and stress that breastfeeding and food continue.',
          ],
        ),
        step(
          15,
          ['Praktik cuci tangan pakai sabun', 'Handwashing practice'],
          [
            'Praktikkan bersama cuci tangan pakai sabun dengan air mengalir, lalu sebut waktu pentingnya: sebelum makan, sebelum menyiapkan makanan dan menyuapi anak, setelah buang air besar, dan setelah membersihkan anak.',
            'Practise washing hands with soap under running water together, then name the key times: before eating, before preparing food and feeding a child, after using the toilet and after cleaning a child.',
          ],
        ),
        step(
          20,
          ['Rumah dan lingkungan sehat', 'A healthy home and surroundings'],
          [
            'Diskusikan buang air besar di jamban, air minum yang dimasak, pengelolaan sampah, dan 3M Plus (menguras, menutup, mendaur ulang) untuk mencegah demam berdarah, lalu minta setiap peserta memilih satu perbaikan di rumahnya.',
            'Discuss using a latrine, boiling drinking water, handling rubbish and 3M Plus (drain, cover, recycle) against dengue, then ask each participant to choose one improvement at home.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan perbaikan apa yang dipilih setiap peserta, lalu bacakan pesan kunci dan ulangi bersama.',
            'Ask which improvement each participant chose, then read the key messages and repeat them together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Ingatkan agar imunisasi anak dilengkapi sesuai Buku KIA, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Remind everyone to complete their children’s immunisations as shown in the KIA book, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Cuci tangan pakai sabun dengan air mengalir mencegah banyak penyakit.',
          'Washing hands with soap under running water prevents many illnesses.',
        ],
        [
          'Anak diare diberi oralit dan zinc, tetap disusui dan diberi makan; segera berobat bila ada tanda bahaya.',
          'A child with diarrhoea gets oral rehydration salts and zinc, and keeps breastfeeding and eating; go for care at once if a danger sign appears.',
        ],
        [
          'Imunisasi lengkap melindungi anak dari penyakit berbahaya.',
          'Complete immunisation protects children from dangerous diseases.',
        ],
        [
          'Rumah sehat berarti buang air besar di jamban, minum air yang dimasak, dan menjalankan 3M Plus.',
          'A healthy home means using a latrine, drinking boiled water and doing 3M Plus.',
        ],
      ],
      quiz: [
        tf(
          [
            'Anak yang diare sebaiknya tidak diberi makan dan minum dulu.',
            'A child with diarrhoea should not be given food or drink for a while.',
          ],
          false,
        ),
        choice(
          ['Apa yang diberikan kepada anak diare di rumah?', 'What do we give a child with diarrhoea at home?'],
          [
            ['Oralit dan tablet zinc', 'Oral rehydration salts and zinc tablets'],
            ['Minuman bersoda', 'Fizzy drinks'],
            ['Tidak diberi apa-apa', 'Nothing at all'],
          ],
          0,
        ),
        tf(
          [
            'Napas anak yang cepat dan sesak adalah tanda bahaya.',
            'Fast or difficult breathing in a child is a danger sign.',
          ],
          true,
        ),
        choice(
          ['Kapan kita perlu mencuci tangan pakai sabun?', 'When should we wash our hands with soap?'],
          [
            ['Sebelum makan dan sesudah buang air besar', 'Before eating and after using the toilet'],
            ['Hanya kalau tangan terlihat kotor', 'Only when hands look dirty'],
            ['Seminggu sekali', 'Once a week'],
          ],
          0,
        ),
        tf(
          [
            'Menguras dan menutup tempat penampungan air membantu mencegah demam berdarah.',
            'Draining and covering water containers helps prevent dengue.',
          ],
          true,
        ),
      ],
    },
  ],
);

// Module 4 ---------------------------------------------------------------------------------------

const protection = buildModule(
  4,
  ['Perlindungan Anak', 'Child Protection'],
  [
    {
      number: 11,
      title: [
        'Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak',
        'Preventing Violence and Mistreatment of Children',
      ],
      goals: [
        [
          'Peserta memahami hak-hak anak yang harus dipenuhi dan dilindungi.',
          'Participants understand the rights every child must have fulfilled and protected.',
        ],
        [
          'Peserta mengenali bentuk kekerasan dan perlakuan salah serta dampaknya bagi anak.',
          'Participants recognise the forms of violence and mistreatment and how they harm children.',
        ],
        [
          'Peserta mengetahui cara mencegah kekerasan dan ke mana melapor bila terjadi.',
          'Participants know how to prevent violence and where to report it.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan perbaikan rumah sehat apa yang sudah dilakukan sejak pertemuan lalu.',
            'Open with the national anthem and the PKH anthem, then ask what healthy-home improvement each has made since the last meeting.',
          ],
        ),
        step(
          15,
          ['Hak-hak anak', 'Children’s rights'],
          [
            'Ajak peserta menyebut apa saja yang berhak didapat setiap anak, lalu kelompokkan menjadi hak hidup, tumbuh kembang, perlindungan, dan didengar pendapatnya.',
            'Ask what every child has a right to, then group the answers into the right to life, to grow and develop, to protection, and to be heard.',
          ],
        ),
        step(
          10,
          ['Apa itu perlakuan salah', 'What mistreatment means'],
          [
            'Jelaskan dengan contoh sehari-hari bahwa perlakuan salah adalah perbuatan orang dewasa yang merugikan anak, baik disengaja maupun tidak.',
            'Use everyday examples to explain that mistreatment is anything an adult does that harms a child, on purpose or not.',
          ],
        ),
        step(
          20,
          ['Apa itu kekerasan', 'What violence means'],
          [
            'Gunakan kartu cerita untuk membedakan kekerasan fisik, kekerasan lewat kata-kata atau perasaan, dan kekerasan seksual, termasuk yang sering dianggap biasa seperti mencubit dan mengejek.',
            'Use story cards to tell apart physical violence, violence through words and feelings, and sexual violence, including things often seen as normal such as pinching and mocking.',
          ],
        ),
        step(
          40,
          ['Jenis dan dampak kekerasan', 'Kinds and effects of violence'],
          [
            'Bagi peserta dalam kelompok kecil, beri setiap kelompok satu kasus, lalu minta mereka membahas dampaknya pada tubuh, perasaan, sekolah, dan masa depan anak.',
            'Split into small groups, give each a case, and have them discuss its effects on the child’s body, feelings, schooling and future.',
          ],
        ),
        step(
          25,
          ['Mencegah dan melapor', 'Preventing and reporting'],
          [
            'Diskusikan cara mencegah kekerasan di rumah dan lingkungan, dan sebutkan tempat melapor: ketua RT atau kepala desa, pendamping PKH, puskesmas, polisi, atau layanan SAPA 129.',
            'Discuss how to prevent violence at home and nearby, and name where to report: the neighbourhood head or village head, the PKH facilitator, the health centre, the police, or the SAPA 129 helpline.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Beri waktu hening sejenak bagi peserta untuk memikirkan cara mereka sendiri menegur anak, lalu bacakan pesan kunci bersama.',
            'Give a quiet moment for participants to think about how they themselves correct their children, then read the key messages together.',
          ],
        ),
        step(
          10,
          ['Penutup', 'Closing'],
          [
            'Tawarkan waktu bicara empat mata bagi siapa pun yang ingin bercerita, tulis nomor SAPA 129 untuk dibawa pulang, dan tutup dengan doa.',
            'Offer a private talk to anyone who wants to share, write down the SAPA 129 number to take home, and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Setiap anak berhak tumbuh dengan aman, tanpa kekerasan di rumah, di sekolah, maupun di lingkungan.',
          'Every child has the right to grow up safe, free from violence at home, at school and in the community.',
        ],
        [
          'Kekerasan bukan hanya memukul; membentak, menghina, dan mengancam juga melukai anak.',
          'Violence is not only hitting; shouting, insulting and threatening also hurt a child.',
        ],
        [
          'Kekerasan meninggalkan luka yang lama pada tubuh dan perasaan anak.',
          'Violence leaves lasting wounds on a child’s body and feelings.',
        ],
        [
          'Jika mengetahui kekerasan terhadap anak, laporkan, misalnya ke layanan SAPA 129.',
          'If you know of violence against a child, report it, for example to the SAPA 129 helpline.',
        ],
      ],
      quiz: [
        tf(
          ['Mengejek dan menghina anak juga termasuk kekerasan.', 'Mocking and insulting a child is also violence.'],
          true,
        ),
        choice(
          [
            'Ke mana kita bisa melapor jika ada anak yang mengalami kekerasan?',
            'Where can we report a child who is suffering violence?',
          ],
          [
            ['Ke SAPA 129, pendamping PKH, atau polisi', 'To SAPA 129, the PKH facilitator or the police'],
            ['Tidak perlu melapor, itu urusan keluarga', 'No need to report, it is a family matter'],
            ['Hanya bercerita ke teman', 'Only tell a friend'],
          ],
          0,
        ),
        tf(
          [
            'Anak yang sering dipukul akan tumbuh menjadi anak yang lebih baik.',
            'A child who is often hit grows up to be a better child.',
          ],
          false,
        ),
        choice(
          ['Manakah yang merupakan hak anak?', 'Which of these is a child’s right?'],
          [
            ['Bermain dan bersekolah', 'To play and go to school'],
            ['Bekerja berat untuk menghidupi keluarga', 'To do heavy work to support the family'],
            ['Dinikahkan sebelum berumur 19 tahun', 'To be married before the age of 19'],
          ],
          0,
        ),
      ],
    },
    {
      number: 12,
      title: ['Penelantaran dan Eksploitasi terhadap Anak', 'Child Neglect and Exploitation'],
      goals: [
        [
          'Peserta memahami apa itu penelantaran anak dan tanda-tandanya.',
          'Participants understand what child neglect is and how to spot it.',
        ],
        [
          'Peserta mampu membedakan anak yang membantu orang tua dengan eksploitasi anak, termasuk perdagangan anak dan perkawinan anak.',
          'Participants can tell a child helping their parents from child exploitation, including trafficking and child marriage.',
        ],
        [
          'Peserta mengetahui langkah perlindungan anak, seperti akta kelahiran, pengawasan, dan tempat meminta bantuan.',
          'Participants know protective steps such as birth certificates, supervision and where to get help.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu minta peserta menyebut kembali bentuk-bentuk kekerasan dan tempat melapornya.',
            'Open with the national anthem and the PKH anthem, then ask participants to recall the forms of violence and where to report them.',
          ],
        ),
        step(
          15,
          ['Kebutuhan dasar anak', 'A child’s basic needs'],
          [
            'Ajak peserta membuat daftar kebutuhan anak setiap hari: makanan, kesehatan, sekolah, kasih sayang, dan pengawasan, sebagai dasar membahas penelantaran.',
            'Make a list with the group of what a child needs every day: food, health care, school, love and supervision, as the basis for talking about neglect.',
          ],
        ),
        step(
          25,
          ['Penelantaran', 'Neglect'],
          [
            'Bahas contoh penelantaran yang sering tidak disadari, seperti balita ditinggal sendiri atau anak sakit yang tidak dibawa berobat, lalu cari jalan keluarnya bersama.',
            'Talk through neglect that often goes unnoticed, such as a toddler left alone or a sick child not taken for care, and find solutions together.',
          ],
        ),
        step(
          30,
          ['Membantu atau dieksploitasi?', 'Helping or exploited?'],
          [
            'Bacakan beberapa cerita anak yang bekerja, lalu minta kelompok memutuskan mana yang wajar dan mana yang eksploitasi, beserta alasannya.',
            'Read several stories of working children and have the group decide which are reasonable and which are exploitation, and why.',
          ],
        ),
        step(
          20,
          ['Perdagangan anak dan perkawinan anak', 'Trafficking and child marriage'],
          [
            'Jelaskan bujukan kerja ke kota atau ke luar negeri dengan gaji besar yang sering menjadi jalan perdagangan orang, dan bahwa batas umur menikah adalah 19 tahun bagi perempuan dan laki-laki.',
            'Explain how offers of well-paid work in the city or abroad are often a route to trafficking, and that the legal minimum age to marry is 19 for women and men.',
          ],
        ),
        step(
          15,
          ['Perlindungan dan bantuan', 'Protection and help'],
          [
            'Ingatkan pentingnya akta kelahiran bagi setiap anak dan sebutkan tempat meminta bantuan di desa serta layanan SAPA 129.',
            'Stress that every child needs a birth certificate and name the places to get help in the village, as well as the SAPA 129 helpline.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan apa yang bisa dilakukan kelompok bila melihat anak tetangga telantar, lalu bacakan pesan kunci bersama.',
            'Ask what the group could do if they saw a neighbour’s child being neglected, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Minta peserta memeriksa apakah semua anaknya sudah punya akta kelahiran, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Ask participants to check that all their children have birth certificates, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Menelantarkan anak, walaupun karena sibuk atau tidak sengaja, merugikan tumbuh kembangnya.',
          'Neglecting a child, even when busy or without meaning to, harms their growth.',
        ],
        [
          'Anak boleh membantu pekerjaan ringan sesuai umurnya, tetapi tidak boleh bekerja berat, berbahaya, atau sampai meninggalkan sekolah.',
          'Children may help with light tasks suited to their age, but must not do heavy or dangerous work or leave school for it.',
        ],
        [
          'Waspadai tawaran kerja yang terlalu menggiurkan untuk anak; bisa jadi itu perdagangan orang.',
          'Beware of job offers for children that sound too good; they may be trafficking.',
        ],
        [
          'Menikah sebelum umur 19 tahun dilarang undang-undang dan membahayakan anak.',
          'Marriage before the age of 19 is against the law and puts children in danger.',
        ],
      ],
      quiz: [
        tf(
          [
            'Meninggalkan balita sendirian di rumah berjam-jam termasuk penelantaran.',
            'Leaving a toddler alone at home for hours is neglect.',
          ],
          true,
        ),
        choice(
          ['Manakah yang wajar untuk anak berumur 10 tahun?', 'Which is reasonable for a 10-year-old?'],
          [
            ['Membantu menyapu rumah sepulang sekolah', 'Helping sweep the house after school'],
            ['Bekerja di tambang', 'Working in a mine'],
            ['Berjualan sampai malam sehingga tidak sekolah', 'Selling goods until late so they miss school'],
          ],
          0,
        ),
        tf(
          [
            'Menurut undang-undang, anak perempuan boleh menikah pada umur 15 tahun.',
            'By law, a girl may marry at the age of 15.',
          ],
          false,
        ),
        choice(
          [
            'Seseorang menawarkan kerja bergaji besar di kota untuk anak Ibu yang berumur 14 tahun. Apa yang sebaiknya Ibu lakukan?',
            'Someone offers your 14-year-old a well-paid job in the city. What should you do?',
          ],
          [
            ['Langsung setuju', 'Agree at once'],
            [
              'Menolak dan bertanya kepada pendamping atau aparat desa',
              'Say no and ask the facilitator or village officials',
            ],
            ['Meminjam uang untuk ongkos berangkat', 'Borrow money for the journey'],
          ],
          1,
        ),
        tf(['Setiap anak berhak memiliki akta kelahiran.', 'Every child has the right to a birth certificate.'], true),
      ],
    },
  ],
);

// Module 5 ---------------------------------------------------------------------------------------

const welfare = buildModule(
  5,
  ['Kesejahteraan Sosial', 'Social Welfare'],
  [
    {
      number: 13,
      title: ['Pelayanan bagi Penyandang Disabilitas Berat', 'Services for People with Severe Disabilities'],
      goals: [
        [
          'Peserta mengenal ragam disabilitas dan hak penyandang disabilitas untuk dihormati dan dilayani.',
          'Participants know the kinds of disability and the right of disabled people to respect and services.',
        ],
        [
          'Peserta mengetahui cara merawat anggota keluarga dengan disabilitas berat di rumah.',
          'Participants know how to care at home for a family member with a severe disability.',
        ],
        [
          'Peserta mengenal layanan yang bisa diakses, seperti puskesmas, dinas sosial, dan alat bantu.',
          'Participants know the services they can use, such as the health centre, the social affairs office and assistive devices.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah memeriksa akta kelahiran anak-anaknya.',
            'Open with the national anthem and the PKH anthem, then ask who has checked their children’s birth certificates.',
          ],
        ),
        step(
          20,
          ['Mengenal disabilitas', 'Understanding disability'],
          [
            'Jelaskan ragam disabilitas (fisik, intelektual, mental, dan sensorik seperti tunanetra dan tunarungu) dengan contoh, dan tegaskan bahwa disabilitas bukan kutukan atau aib.',
            'Explain the kinds of disability (physical, intellectual, mental, and sensory such as blindness and deafness) with examples, and stress that disability is not a curse or a shame.',
          ],
        ),
        step(
          20,
          ['Hak dan sikap kita', 'Rights and our attitudes'],
          [
            'Ajak peserta membandingkan sikap yang melukai (diejek, disembunyikan, dipasung) dengan sikap yang menghargai, lalu tegaskan hak penyandang disabilitas.',
            'Have participants compare hurtful attitudes (mocking, hiding away, shackling) with respectful ones, then state the rights of people with disabilities.',
          ],
        ),
        step(
          30,
          ['Merawat di rumah', 'Care at home'],
          [
            'Peragakan perawatan sehari-hari: mengubah posisi berbaring setiap 2 jam agar tidak luka tekan, menjaga kebersihan, memberi makan dan minum cukup, dan mengajak bicara.',
            'Demonstrate daily care: turning a bedridden person every 2 hours to prevent pressure sores, keeping them clean, giving enough food and drink, and talking with them.',
          ],
        ),
        step(
          20,
          ['Layanan dan bantuan', 'Services and support'],
          [
            'Sebutkan layanan di daerah (puskesmas, posyandu, dinas sosial, bantuan alat bantu seperti kursi roda) dan jelaskan bahwa pendamping PKH bisa membantu mengurusnya.',
            'Name local services (health centre, health post, social affairs office, aids such as wheelchairs) and explain that the PKH facilitator can help arrange them.',
          ],
        ),
        step(
          10,
          ['Merawat yang merawat', 'Caring for the carer'],
          [
            'Akui beratnya tugas keluarga yang merawat, lalu ajak peserta berbagi cara beristirahat dan bergantian merawat dengan anggota keluarga lain.',
            'Acknowledge how hard caring is for the family, then invite ideas for taking rests and sharing the care with other relatives.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan satu hal yang akan dilakukan berbeda terhadap penyandang disabilitas di sekitar mereka, lalu bacakan pesan kunci bersama.',
            'Ask for one thing they will do differently for people with disabilities around them, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Catat keluarga yang ingin dibantu mengakses layanan, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Note down families who want help reaching services, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Penyandang disabilitas berhak dihormati, sehat, dan ikut serta dalam kehidupan keluarga dan masyarakat.',
          'People with disabilities have the right to respect, to good health and to take part in family and community life.',
        ],
        [
          'Jangan menyembunyikan atau memasung anggota keluarga; carilah bantuan layanan kesehatan dan sosial.',
          'Do not hide or shackle a family member; seek help from health and social services.',
        ],
        [
          'Perawatan sederhana yang rutin, seperti mengubah posisi dan menjaga kebersihan, mencegah sakit tambahan.',
          'Simple regular care, such as turning and keeping clean, prevents further illness.',
        ],
        ['Orang yang merawat juga perlu istirahat dan dukungan.', 'Carers need rest and support too.'],
      ],
      quiz: [
        tf(
          [
            'Disabilitas adalah kutukan, jadi sebaiknya disembunyikan.',
            'Disability is a curse, so it is better hidden.',
          ],
          false,
        ),
        choice(
          [
            'Agar tidak luka tekan, posisi orang yang terus berbaring sebaiknya diubah setiap …',
            'To prevent pressure sores, a person who is always lying down should be turned every …',
          ],
          [
            ['2 jam', '2 hours'],
            ['1 hari', 'day'],
            ['1 minggu', 'week'],
          ],
          0,
        ),
        tf(
          [
            'Memasung anggota keluarga yang mengalami gangguan jiwa tidak boleh dilakukan.',
            'Shackling a family member with a mental illness is not allowed.',
          ],
          true,
        ),
        choice(
          [
            'Ke mana keluarga bisa mencari bantuan alat bantu seperti kursi roda?',
            'Where can a family seek help for an aid such as a wheelchair?',
          ],
          [
            [
              'Ke dinas sosial atau puskesmas, dibantu pendamping PKH',
              'The social affairs office or health centre, with the PKH facilitator’s help',
            ],
            ['Tidak ada yang bisa membantu', 'Nobody can help'],
            ['Menunggu sampai anak dewasa', 'Wait until the child grows up'],
          ],
          0,
        ),
      ],
    },
    {
      number: 14,
      title: ['Pentingnya Kesejahteraan Lanjut Usia', 'The Importance of Wellbeing in Old Age'],
      goals: [
        [
          'Peserta memahami perubahan yang dialami lanjut usia (lansia) pada tubuh, perasaan, dan kehidupan sosialnya.',
          'Participants understand the changes older people go through in body, feelings and social life.',
        ],
        [
          'Peserta mengetahui cara menjaga kesehatan lansia: makan sehat, bergerak, dan periksa rutin.',
          'Participants know how to keep older people healthy: good food, movement and regular check-ups.',
        ],
        [
          'Peserta mampu membuat rumah aman bagi lansia dan melibatkan lansia dalam kehidupan keluarga.',
          'Participants can make the home safe for older people and involve them in family life.',
        ],
      ],
      steps: [
        step(
          10,
          ['Pembukaan dan ulasan', 'Opening and review'],
          [
            'Buka dengan lagu Indonesia Raya dan Mars PKH, lalu tanyakan siapa yang sudah membantu keluarga dengan disabilitas mengakses layanan.',
            'Open with the national anthem and the PKH anthem, then ask who has helped a family with a disabled member reach a service.',
          ],
        ),
        step(
          20,
          ['Membayangkan masa tua', 'Imagining old age'],
          [
            'Ajak peserta memejamkan mata, membayangkan diri mereka berumur 70 tahun, lalu menyebut apa yang mereka harapkan dari anak dan cucu.',
            'Ask participants to close their eyes, picture themselves at 70, then say what they would hope for from their children and grandchildren.',
          ],
        ),
        step(
          20,
          ['Perubahan pada lansia', 'Changes in later life'],
          [
            'Bahas perubahan tubuh (penglihatan, pendengaran, tulang, ingatan) dan perasaan (kesepian, merasa tidak berguna), serta cara keluarga menanggapinya dengan sabar.',
            'Talk about changes in the body (sight, hearing, bones, memory) and feelings (loneliness, feeling useless), and how the family can respond with patience.',
          ],
        ),
        step(
          25,
          ['Menjaga kesehatan lansia', 'Keeping older people healthy'],
          [
            'Jelaskan makanan dengan sedikit garam, gula, dan lemak, gerak ringan setiap hari seperti jalan pagi, dan pemeriksaan tekanan darah serta gula darah di posyandu lansia.',
            'Explain food with little salt, sugar and fat, light exercise every day such as a morning walk, and blood pressure and blood sugar checks at the elderly health post.',
          ],
        ),
        step(
          15,
          ['Rumah aman bagi lansia', 'A safe home for older people'],
          [
            'Ajak peserta membayangkan rumah masing-masing dan mencari bahaya jatuh: lantai licin, kamar mandi, penerangan, tangga, dan barang berserakan.',
            'Ask participants to picture their own homes and look for fall risks: slippery floors, the bathroom, lighting, steps and clutter.',
          ],
        ),
        step(
          15,
          ['Lansia tetap berperan', 'Older people still have a role'],
          [
            'Diskusikan cara melibatkan lansia: bercerita kepada cucu, kegiatan keagamaan, kelompok lansia, dan dimintai pendapat dalam keputusan keluarga.',
            'Discuss ways to involve older people: telling stories to grandchildren, religious activities, elderly groups, and being asked their view in family decisions.',
          ],
        ),
        step(
          10,
          ['Refleksi dan pesan kunci', 'Reflection and key messages'],
          [
            'Tanyakan apa yang akan dilakukan untuk lansia di rumah atau di sekitar mereka bulan ini, lalu bacakan pesan kunci bersama.',
            'Ask what each will do for an older person at home or nearby this month, then read the key messages together.',
          ],
        ),
        step(
          5,
          ['Penutup', 'Closing'],
          [
            'Sampaikan jadwal posyandu lansia terdekat, sepakati pertemuan berikutnya, dan tutup dengan doa.',
            'Share the date of the nearest elderly health post, agree on the next meeting and close with a prayer.',
          ],
        ),
      ],
      keyMessages: [
        [
          'Lansia berhak dihormati, dirawat, dan dilibatkan dalam keluarga.',
          'Older people have the right to be respected, cared for and involved in the family.',
        ],
        [
          'Makan sehat, bergerak setiap hari, dan periksa rutin membuat lansia lebih sehat dan mandiri.',
          'Healthy food, daily movement and regular check-ups keep older people healthier and more independent.',
        ],
        [
          'Rumah yang aman mencegah lansia jatuh dan cedera.',
          'A safe home prevents older people from falling and getting hurt.',
        ],
      ],
      quiz: [
        tf(
          [
            'Lansia perlu mengurangi garam, gula, dan lemak dalam makanannya.',
            'Older people should cut down on salt, sugar and fat.',
          ],
          true,
        ),
        choice(
          [
            'Di mana lansia bisa memeriksa tekanan darah secara rutin?',
            'Where can older people have their blood pressure checked regularly?',
          ],
          [
            ['Di posyandu lansia atau puskesmas', 'At the elderly health post or health centre'],
            ['Di warung', 'At the shop'],
            ['Tidak perlu diperiksa', 'It does not need checking'],
          ],
          0,
        ),
        tf(
          [
            'Lansia sebaiknya dibiarkan diam di kamar saja agar tidak capek.',
            'Older people are best left alone in their room so they do not get tired.',
          ],
          false,
        ),
        choice(
          [
            'Manakah yang membantu mencegah lansia jatuh di rumah?',
            'Which helps stop older people from falling at home?',
          ],
          [
            [
              'Lantai kamar mandi yang tidak licin dan lampu yang terang',
              'A non-slippery bathroom floor and good lighting',
            ],
            ['Lantai yang basah', 'A wet floor'],
            ['Barang berserakan di lantai', 'Things lying about on the floor'],
          ],
          0,
        ),
      ],
    },
  ],
);

export const CORE_MODULES: readonly CurriculumModule[] = [parenting, money, health, protection, welfare];
