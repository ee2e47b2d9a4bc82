/**
 * Passwords that are tried first: the most common ones in leaked password lists, and the patterns
 * Vietnamese users reach for (matkhau…, anhyeuem…, 123456789a, Abc@123…). Compared after
 * normalisation (see password-policy.ts), so "Matkhau@123" and "mật khẩu 123" count as
 * "matkhau123". Kept short on purpose: length and the patterns there do most of the work.
 */
export const COMMON_PASSWORDS = [
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd', 'p@ssword123',
  'qwerty', 'qwerty123', 'qwerty1234', 'qwertyuiop', 'qwertyuiop123', 'asdfghjkl', 'asdfghjkl123',
  'zxcvbnm', 'zxcvbnm123', '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'qazwsxedc', 'qazwsxedc123',
  'iloveyou', 'iloveyou1', 'iloveyou123', 'iloveyou2', 'iloveu123', 'loveyou123', 'princess123',
  'abc123', 'abc12345', 'abc123456', 'abc1234567', 'abcd1234', 'abcd123456', 'abcdef123', 'abcdefgh',
  'abcdefghij', 'abcdefghijk', 'a123456789', 'aa123456789', 'aaa123456', 'admin', 'admin123', 'admin1234',
  'admin12345', 'admin123456', 'administrator', 'root123456', 'welcome', 'welcome123', 'welcome1234',
  'letmein123', 'sunshine123', 'football123', 'baseball123', 'monkey123', 'dragon123', 'master123',
  'superman123', 'batman123', 'trustno1', 'changeme', 'changeme123', 'default123', 'test123456',
  'testtest', 'testtest123', 'secret123', 'computer123', 'internet123', 'samsung123', 'google123',
  'facebook', 'facebook123', 'zalo123456', 'gmail123', 'yahoo123',
  // Vietnamese
  'matkhau', 'matkhau1', 'matkhau12', 'matkhau123', 'matkhau1234', 'matkhau12345', 'matkhau123456',
  'matkhaumoi', 'matkhaumoi123', 'matkhaucuatoi', 'khongcomatkhau', 'khongbiet', 'khongbiet123',
  'anhyeuem', 'anhyeuem1', 'anhyeuem123', 'anhyeuem1234', 'anhyeuemnhieu', 'emyeuanh', 'emyeuanh123',
  'emyeuanhnhieu', 'yeuemnhieu', 'yeuanhnhieu', 'tinhyeu', 'tinhyeu123', 'tinhyeucuatoi', 'yeuem123',
  'vietnam', 'vietnam123', 'vietnam1234', 'vietnamvodich', 'hanoi123', 'hanoi12345', 'saigon123',
  'hochiminh', 'hochiminh123', 'congan', 'congan123', 'congan1234', 'congan12345', 'conganhuyen',
  'conganxa', 'conganphuong', 'conganthanhpho', 'conganvietnam', 'conganvietnam123', 'bantin123',
  'bientap123', 'phongvien123', 'quantri', 'quantri123', 'quantrivien', 'xinchao', 'xinchao123',
  'hoilamgi', 'hoilamchi', 'thanhcong', 'thanhcong123', 'dangnhap', 'dangnhap123', 'taikhoan123',
  'nguyen123', 'nguyenvan', 'nguyenvana', 'tranvan123', 'levan123', 'phamvan123', 'hoangvan123',
  'chucmungnammoi', 'namsinh', 'ngaysinh', 'socmnd', 'cancuoc', 'abc@123', 'abc@123456',
  '123456a', '123456a@', '123456aa', '123456abc', '12345678a', '123456789a', '123456789aa', '123456789ab',
  '123456789abc', '1234567890a', '123456789a@', '123abc', '123abc456', '123qwe', '123qweasd',
  '123qweasdzxc', '147258369', '159753', '159357', '741852963', '789456123', '987654321a',
  '123321', '123123123', '123123123a', '112233', '11223344', '1122334455', '121212', '520520', '5201314',
  '147258369a', 'a1b2c3d4', 'a1b2c3d4e5', 'aaaaaa', 'aaaaaaaaaa', 'qwe123456', 'asd123456', 'zxc123456',
]
