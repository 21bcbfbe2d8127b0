ExUnit.start()

defmodule PasswordManagerTest do
  use ExUnit.Case

  describe "save_password/3" do
    test "saves password if password entry is valid" do
      {:ok, _pid} = PasswordManager.start_link(nil)
      assert :saved == PasswordManager.save_password("gmail.com", "john_doe@gmail.com", "12345")

      assert %Password{
               url: "gmail.com",
               username: "john_doe@gmail.com",
               password: "12345",
               inserted_at: _
             } = PasswordManager.get_password("gmail.com")
    end

    test "does not save password if password entry is invalid" do
      {:ok, _pid} = PasswordManager.start_link(nil)

      assert {:error, "Password must be atleast 3 character long"} ==
               PasswordManager.save_password("gmail.com", "john_doe@gmail.com", "12")

      assert :not_found == PasswordManager.get_password("gmail.com")
    end
  end

  describe "delete_password/3" do
    test "deletes password if password found" do
      {:ok, _pid} = PasswordManager.start_link(nil)
      assert :saved == PasswordManager.save_password("gmail.com", "john_doe@gmail.com", "12345")
      assert :ok == PasswordManager.delete_password("gmail.com")

      assert :not_found = PasswordManager.get_password("gmail.com")
    end
  end
end

ExUnit.run()
